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
           (m_imagesReply && !m_imagesReply->isFinished());
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
    emit locationsChanged();
    emit imagesChanged();
}

// --- regions --------------------------------------------------------------------------------

void Catalogue::loadLocations()
{
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
    if (m_imagesState == LoadState::Loaded)
        applyImageFilter();
}

QStringList Catalogue::vmSizes() const
{
    for (const auto &l : m_locations) {
        if (l.name == m_location && !l.vmRoleSizes.isEmpty())
            return l.vmRoleSizes;
    }
    return cloud::roleSizes();
}

// --- images ---------------------------------------------------------------------------------

void Catalogue::loadImages()
{
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
