#include "wizard/catalogue.h"

namespace dockervm::wizard {

Catalogue::Catalogue(QObject *parent) : QObject(parent) {}

bool Catalogue::isBusy() const
{
    return m_locationsCall || m_imagesCall || m_sizesCall;
}

void Catalogue::setCloud(cloud::Cloud *cloud)
{
    if (cloud == m_cloud)
        return;
    m_cloud = cloud;
    // The filter starts with the image the cloud proposes (classic: the article's family
    // "Ubuntu-14_04"; a signed-in subscription's few Ubuntu LTS images: none).
    m_imageFilter = cloud ? cloud->defaults().imageName : QString();
    m_imageName.clear();
    reset();
    emit imageNameChanged();
}

void Catalogue::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void Catalogue::abortLoads()
{
    for (QObject *call : {m_locationsCall.data(), m_imagesCall.data(), m_sizesCall.data()})
        delete call; // the cloud answers only while its context lives
    updateBusy();
}

void Catalogue::reset()
{
    abortLoads();
    m_locationsState = LoadState::Idle;
    m_locations.clear();
    m_locationsError.clear();
    m_imagesState = LoadState::Idle;
    m_allImages.clear();
    m_images.clear();
    m_imagesError.clear();
    m_sizes.clear();
    m_sizesState = LoadState::Idle;
    m_sizesError.clear();
    emit locationsChanged();
    emit imagesChanged();
    emit sizesChanged();
}

// --- regions --------------------------------------------------------------------------------

void Catalogue::loadLocations()
{
    if (!m_cloud) {
        m_locationsState = LoadState::Failed;
        m_locationsError = tr("No subscription is selected. Go back and choose one.");
        emit locationsChanged();
        return;
    }
    if (m_locationsCall)
        return;
    m_locationsState = LoadState::Loading;
    m_locationsError.clear();
    auto *call = new QObject(this);
    m_locationsCall = call;
    m_cloud->locations(call, [this, call](const QList<cloud::Location> &list,
                                          const QString &error) {
        call->deleteLater();
        m_locationsCall = nullptr;
        m_locations = list;
        if (!error.isEmpty()) {
            m_locationsState = LoadState::Failed;
            m_locationsError = error;
            emit logLine(tr("Loading the regions failed: %1").arg(error));
        } else if (m_locations.isEmpty()) {
            m_locationsState = LoadState::Failed;
            m_locationsError = tr("The subscription offers no region for virtual machines. Check "
                                  "the subscription in the Azure portal, or choose another one.");
        } else {
            m_locationsState = LoadState::Loaded;
            pickLocation();
        }
        emit locationsChanged();
        updateBusy();
    });
    emit locationsChanged();
    updateBusy();
}

void Catalogue::pickLocation()
{
    for (const auto &l : std::as_const(m_locations))
        if (l.name == m_location)
            return;
    if (m_locations.isEmpty())
        return;
    // The article's West US (by its classic or its Resource Manager name), else the first.
    QString pick = m_locations.first().name;
    for (const auto &l : std::as_const(m_locations))
        if (l.name == QLatin1String("West US") || l.name == QLatin1String("westus"))
            pick = l.name;
    m_location = pick;
    emit locationChanged();
}

void Catalogue::setLocation(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    emit locationChanged();
    // Another region: its images and sizes are its own.
    delete m_imagesCall;
    delete m_sizesCall;
    m_imagesState = LoadState::Idle;
    m_allImages.clear();
    m_images.clear();
    m_sizes.clear();
    m_sizesState = LoadState::Idle;
    emit imagesChanged();
    emit sizesChanged();
    updateBusy();
}

// --- images ---------------------------------------------------------------------------------

void Catalogue::loadImages()
{
    if (!m_cloud) {
        m_imagesState = LoadState::Failed;
        m_imagesError = tr("No subscription is selected. Go back and choose one.");
        emit imagesChanged();
        return;
    }
    if (m_imagesCall)
        return;
    m_imagesState = LoadState::Loading;
    m_imagesError.clear();
    auto *call = new QObject(this);
    m_imagesCall = call;
    m_cloud->images(m_location, call,
                    [this, call](const QList<cloud::Image> &list, const QString &error) {
                        call->deleteLater();
                        m_imagesCall = nullptr;
                        if (!error.isEmpty()) {
                            m_imagesState = LoadState::Failed;
                            m_imagesError = error;
                            emit logLine(tr("Loading the images failed: %1").arg(error));
                            emit imagesChanged();
                            updateBusy();
                            return;
                        }
                        m_allImages = list;
                        m_imagesState = LoadState::Loaded;
                        applyImageFilter();
                        updateBusy();
                    });
    emit imagesChanged();
    updateBusy();
}

void Catalogue::setImageFilter(const QString &filter)
{
    if (filter == m_imageFilter)
        return;
    m_imageFilter = filter;
    if (m_imagesState == LoadState::Loaded)
        applyImageFilter();
}

void Catalogue::applyImageFilter()
{
    // The cloud's list as it came (newest first), narrowed by the text typed.
    const QString filter = m_imageFilter.trimmed();
    m_images.clear();
    for (const cloud::Image &image : std::as_const(m_allImages))
        if (filter.isEmpty() || image.id.contains(filter, Qt::CaseInsensitive) ||
            image.label.contains(filter, Qt::CaseInsensitive))
            m_images.append(image);
    bool stillThere = false;
    for (const cloud::Image &image : std::as_const(m_images))
        stillThere = stillThere || image.id == m_imageName;
    if (!stillThere) {
        // The rule of `docker-vm create IMAGE`: the image named exactly, else the first
        // supported one, else the first.
        QString pick;
        for (const cloud::Image &image : std::as_const(m_images))
            if (image.id == filter)
                pick = image.id;
        for (const cloud::Image &image : std::as_const(m_images))
            if (pick.isEmpty() && image.supported)
                pick = image.id;
        if (pick.isEmpty() && !m_images.isEmpty())
            pick = m_images.first().id;
        if (pick != m_imageName) {
            m_imageName = pick;
            emit imageNameChanged();
            loadSizes();
        }
    }
    emit imagesChanged();
}

void Catalogue::setImageName(const QString &name)
{
    if (name == m_imageName)
        return;
    m_imageName = name;
    emit imageNameChanged();
    loadSizes();
}

const cloud::Image *Catalogue::findImage(const QString &name) const
{
    for (const cloud::Image &image : m_allImages)
        if (image.id == name)
            return &image;
    return nullptr;
}

QString Catalogue::imageLabel() const
{
    const cloud::Image *image = findImage(m_imageName);
    return image && !image->label.isEmpty() && image->label != image->id
               ? QStringLiteral("%1 (%2)").arg(image->label, image->id)
               : m_imageName;
}

QString Catalogue::imageUnsupportedNote(const QString &name) const
{
    const cloud::Image *image = findImage(name);
    if (!image || image->supported)
        return QString();
    return image->note.isEmpty() ? tr("not supported by this cloud") : image->note;
}

QString Catalogue::imageWarning() const
{
    const cloud::Image *image = findImage(m_imageName);
    if (!image || image->supported)
        return QString();
    return tr("%1 cannot be used: %2. Choose another image.")
        .arg(image->label.isEmpty() ? image->id : image->label, imageUnsupportedNote(m_imageName));
}

// --- sizes ----------------------------------------------------------------------------------

void Catalogue::loadSizes()
{
    delete m_sizesCall;
    const cloud::Image *found = findImage(m_imageName);
    if (!m_cloud || !found || m_location.isEmpty()) {
        m_sizes.clear();
        m_sizesState = LoadState::Idle;
        emit sizesChanged();
        updateBusy();
        return;
    }
    const cloud::Image image = *found;
    m_sizesState = LoadState::Loading;
    m_sizesError.clear();
    auto *call = new QObject(this);
    m_sizesCall = call;
    m_cloud->sizes(
        m_location, image, call,
        [this, call](const QList<cloud::Size> &list, const QString &error) {
            call->deleteLater();
            m_sizesCall = nullptr;
            m_sizes = list;
            if (!error.isEmpty()) {
                m_sizesState = LoadState::Failed;
                m_sizesError = error;
                emit logLine(tr("Loading the sizes failed: %1").arg(error));
            } else if (list.isEmpty()) {
                m_sizesState = LoadState::Failed;
                m_sizesError =
                    tr("%1 offers no size for this image to this subscription. Go back and "
                       "choose another region or image.")
                        .arg(m_location);
            } else {
                m_sizesState = LoadState::Loaded;
            }
            emit sizesChanged();
            updateBusy();
        });
    emit sizesChanged();
    updateBusy();
}

QStringList Catalogue::vmSizes() const
{
    QStringList names;
    for (const cloud::Size &size : m_sizes)
        names << size.name;
    return names;
}

QString Catalogue::sizeLabel(const QString &name) const
{
    for (const cloud::Size &size : m_sizes)
        if (size.name == name)
            return size.label.isEmpty() ? name : size.label;
    return name;
}

} // namespace dockervm::wizard
