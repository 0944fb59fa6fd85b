#include "wizard/catalogue.h"

#include "classic/imagechoice.h"
#include "cloud/vmspec.h"
#include "wizard/subscriptions.h"

#include <QLocale>

namespace dockervm::wizard {

namespace {

// The client's text, with the next step a wizard user can take (not a command-line flag).
QString wizardErrorText(classic::AsmError error)
{
    if (error.kind == classic::AsmError::Kind::Tls && !error.tlsErrors.isEmpty())
        error.nextStep = Catalogue::tr(
            "If this is a simulator or a private endpoint, go Back to the Subscription page, open "
            "Advanced and choose its CA certificate file; otherwise check the system clock and "
            "the CA certificates of this computer.");
    return error.toString();
}

} // namespace

Catalogue::Catalogue(Subscriptions *subscriptions, QObject *parent)
    : QObject(parent), m_subscriptions(subscriptions),
      m_imageFilter(QString(classic::kDefaultImageFilter))
{
    connect(subscriptions, &Subscriptions::clientAboutToChange, this, &Catalogue::abortLoads);
}

bool Catalogue::isBusy() const
{
    return (m_locationsReply && !m_locationsReply->isFinished()) ||
           (m_imagesReply && !m_imagesReply->isFinished()) || m_locationsCall || m_imagesCall ||
           m_sizesCall;
}

void Catalogue::setCloud(cloud::Cloud *cloud)
{
    if (cloud == m_cloud)
        return;
    m_cloud = cloud;
    // A signed-in subscription's images are few (Ubuntu LTS): no classic name filter.
    m_imageFilter = cloud ? QString() : QString(classic::kDefaultImageFilter);
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
    for (QPointer<classic::ManagementReply> reply :
         {QPointer<classic::ManagementReply>(m_locationsReply),
          QPointer<classic::ManagementReply>(m_imagesReply)}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
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
    m_cloudImages.clear();
    m_sizes.clear();
    m_sizesState = LoadState::Idle;
    m_sizesError.clear();
    emit locationsChanged();
    emit imagesChanged();
    emit sizesChanged();
}

// --- through the cloud (a signed-in subscription) -------------------------------------------

void Catalogue::loadLocationsFromCloud()
{
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
        m_locations.clear();
        for (const cloud::Location &l : list) {
            classic::Location location;
            location.name = l.name;
            location.displayName = l.displayName;
            m_locations.append(location);
        }
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
    // The classic article's West US, or its Resource Manager name.
    QString pick = m_locations.first().name;
    for (const auto &l : std::as_const(m_locations))
        if (l.name == QLatin1String("West US") || l.name == QLatin1String("westus"))
            pick = l.name;
    m_location = pick;
    emit locationChanged();
}

void Catalogue::loadImagesFromCloud()
{
    if (m_imagesCall)
        return;
    m_imagesState = LoadState::Loading;
    m_imagesError.clear();
    auto *call = new QObject(this);
    m_imagesCall = call;
    m_cloud->images(
        m_location, call, [this, call](const QList<cloud::Image> &list, const QString &error) {
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
            m_cloudImages = list;
            m_allImages.clear();
            for (const cloud::Image &i : list) {
                classic::OsImage image;
                image.name = i.id;
                image.label = i.label;
                image.publishedDate = i.published;
                image.os = QStringLiteral("Linux");
                image.description =
                    i.note.isEmpty() ? i.label : i.label + QStringLiteral(": ") + i.note;
                m_allImages.append(image);
            }
            m_imagesState = LoadState::Loaded;
            applyImageFilter();
            updateBusy();
        });
    emit imagesChanged();
    updateBusy();
}

void Catalogue::loadSizes()
{
    if (!m_cloud)
        return;
    delete m_sizesCall;
    cloud::Image image;
    for (const cloud::Image &i : std::as_const(m_cloudImages))
        if (i.id == m_imageName)
            image = i;
    if (image.id.isEmpty() || m_location.isEmpty()) {
        m_sizes.clear();
        m_sizesState = LoadState::Idle;
        emit sizesChanged();
        return;
    }
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

QString Catalogue::sizeLabel(const QString &name) const
{
    for (const cloud::Size &size : m_sizes)
        if (size.name == name)
            return size.label.isEmpty() ? name : size.label;
    return name;
}

QString Catalogue::imageUnsupportedNote(const QString &name) const
{
    if (m_cloud) {
        for (const cloud::Image &i : m_cloudImages)
            if (i.id == name && !i.supported)
                return i.note.isEmpty() ? tr("out of standard support") : i.note;
        return QString();
    }
    for (const auto &image : m_allImages)
        if (image.name == name && isImageTooOld(image))
            return tr("too old for the Docker extension");
    return QString();
}

// --- regions --------------------------------------------------------------------------------

void Catalogue::loadLocations()
{
    if (m_cloud)
        return loadLocationsFromCloud();
    classic::ManagementClient *client = m_subscriptions->client();
    if (!client) {
        m_locationsState = LoadState::Failed;
        m_locationsError = tr("No subscription is selected. Go back and import a "
                              ".publishsettings file.");
        emit locationsChanged();
        return;
    }
    if (m_locationsReply && !m_locationsReply->isFinished())
        return;
    m_locationsState = LoadState::Loading;
    m_locationsError.clear();
    auto *reply = client->listLocations();
    m_locationsReply = reply;
    connect(reply, &classic::ManagementReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->ok()) {
            m_locations = classic::virtualMachineLocations(reply->locations());
            m_locationsState = LoadState::Loaded;
            bool known = false;
            for (const auto &l : std::as_const(m_locations))
                known = known || l.name == m_location;
            if (!known && !m_locations.isEmpty()) {
                QString pick = m_locations.first().name;
                for (const auto &l : std::as_const(m_locations))
                    if (l.name == QLatin1String("West US"))
                        pick = l.name;
                m_location = pick;
                emit locationChanged();
            }
            if (m_locations.isEmpty()) {
                m_locationsState = LoadState::Failed;
                m_locationsError = tr("The subscription offers no region with virtual machines. "
                                      "Check the subscription in the Azure portal.");
            }
        } else {
            m_locationsState = LoadState::Failed;
            m_locationsError = wizardErrorText(reply->error());
            emit logLine(tr("Loading the regions failed: %1").arg(reply->error().summary()));
        }
        emit locationsChanged();
        updateBusy();
    });
    emit locationsChanged();
    updateBusy();
}

void Catalogue::setLocation(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    emit locationChanged();
    if (m_cloud) {
        // Another region: its images and sizes are its own.
        delete m_imagesCall;
        delete m_sizesCall;
        m_imagesState = LoadState::Idle;
        m_cloudImages.clear();
        m_allImages.clear();
        m_images.clear();
        m_sizes.clear();
        m_sizesState = LoadState::Idle;
        emit imagesChanged();
        emit sizesChanged();
        updateBusy();
        return;
    }
    if (m_imagesState == LoadState::Loaded)
        applyImageFilter();
}

QStringList Catalogue::vmSizes() const
{
    if (m_cloud) {
        QStringList names;
        for (const cloud::Size &size : m_sizes)
            names << size.name;
        return names;
    }
    for (const auto &l : m_locations) {
        if (l.name == m_location && !l.vmRoleSizes.isEmpty())
            return l.vmRoleSizes;
    }
    return cloud::roleSizes();
}

// --- images ---------------------------------------------------------------------------------

void Catalogue::loadImages()
{
    if (m_cloud)
        return loadImagesFromCloud();
    classic::ManagementClient *client = m_subscriptions->client();
    if (!client) {
        m_imagesState = LoadState::Failed;
        m_imagesError = tr("No subscription is selected. Go back and import a .publishsettings "
                           "file.");
        emit imagesChanged();
        return;
    }
    if (m_imagesReply && !m_imagesReply->isFinished())
        return;
    m_imagesState = LoadState::Loading;
    m_imagesError.clear();
    auto *reply = client->listOsImages();
    m_imagesReply = reply;
    connect(reply, &classic::ManagementReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->ok()) {
            m_allImages = reply->images();
            m_imagesState = LoadState::Loaded;
            applyImageFilter();
        } else {
            m_imagesState = LoadState::Failed;
            m_imagesError = wizardErrorText(reply->error());
            emit logLine(tr("Loading the images failed: %1").arg(reply->error().summary()));
            emit imagesChanged();
        }
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
    applyImageFilter();
}

bool Catalogue::isImageTooOld(const classic::OsImage &image)
{
    return classic::lacksExtensionAgent(image);
}

void Catalogue::applyImageFilter()
{
    if (m_cloud) {
        // The cloud's list as it came (newest first), narrowed by the text typed.
        m_images.clear();
        for (const auto &image : std::as_const(m_allImages))
            if (m_imageFilter.isEmpty() ||
                image.label.contains(m_imageFilter, Qt::CaseInsensitive) ||
                image.name.contains(m_imageFilter, Qt::CaseInsensitive))
                m_images.append(image);
        bool stillThere = false;
        for (const auto &image : std::as_const(m_images))
            stillThere = stillThere || image.name == m_imageName;
        if (!stillThere) {
            QString pick;
            for (const cloud::Image &i : std::as_const(m_cloudImages))
                if (pick.isEmpty() && i.supported)
                    for (const auto &image : std::as_const(m_images))
                        if (image.name == i.id)
                            pick = i.id;
            m_imageName = pick;
            emit imageNameChanged();
            loadSizes();
        }
        emit imagesChanged();
        return;
    }
    m_images = classic::imageCandidates(m_allImages, m_imageFilter, m_location);
    bool stillThere = false;
    for (const auto &image : std::as_const(m_images))
        stillThere = stillThere || image.name == m_imageName;
    if (!stillThere) {
        // The same rule as `docker-vm create IMAGE`.
        const auto chosen = classic::chooseImage(m_allImages, m_imageFilter, m_location);
        const QString pick = chosen ? chosen->name : QString();
        if (pick != m_imageName) {
            m_imageName = pick;
            emit imageNameChanged();
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
    if (m_cloud)
        loadSizes();
}

QString Catalogue::imageLabel() const
{
    for (const auto &image : m_allImages)
        if (image.name == m_imageName && !image.label.isEmpty())
            return QStringLiteral("%1 (%2)").arg(image.label, image.name);
    return m_imageName;
}

QString Catalogue::imageWarning() const
{
    if (m_cloud) {
        const QString note = imageUnsupportedNote(m_imageName);
        return note.isEmpty() ? QString()
                              : tr("%1 is %2: it gets no security updates. Choose a supported "
                                   "Ubuntu LTS image.")
                                    .arg(imageLabel(), note);
    }
    for (const auto &image : m_allImages) {
        if (image.name == m_imageName && isImageTooOld(image))
            return tr("%1 was published before %2: its Linux agent is too old for the Docker "
                      "extension, so Docker would never start. Choose a newer image.")
                .arg(image.label, QLocale().toString(classic::extensionAgentCutoff().date(),
                                                     QLocale::ShortFormat));
    }
    return QString();
}

} // namespace dockervm::wizard
