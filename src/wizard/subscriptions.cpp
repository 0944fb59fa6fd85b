#include "wizard/subscriptions.h"

#include "classic/classiccloud.h"

#include "classic/publishsettings.h"
#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSslCertificate>

namespace dockervm::wizard {

Subscriptions::Subscriptions(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_store(m_options.accountConfigDir, m_options.accountDataDir, m_options.keyStorage)
{
    Q_ASSERT(m_options.networkAccessManager);
    m_unfinished = new provision::UnfinishedRuns(m_options.provisioner.journalDir, this);
    connect(m_unfinished, &provision::UnfinishedRuns::finished, this,
            [this] { releaseClient(m_unfinished); });
}

Subscriptions::~Subscriptions()
{
    // The holders may outlive us by a moment (deleteLater): never call back.
    for (QObject *user : std::as_const(m_users))
        disconnect(user, nullptr, this, nullptr);
    m_users.clear();
    // Whatever still runs on the client learns of its end while this object is whole.
    emit clientAboutToChange();
    m_client.reset();
}

bool Subscriptions::fail(Error kind, const QString &text)
{
    m_errorKind = kind;
    m_error = text;
    emit errorChanged();
    return false;
}

void Subscriptions::clearError()
{
    if (m_errorKind == Error::None)
        return;
    m_errorKind = Error::None;
    m_error.clear();
    emit errorChanged();
}

QString Subscriptions::busyMessage() const
{
    if (m_users.contains(m_unfinished))
        return tr("The clean-up of the earlier run is still using the current subscription. "
                  "Wait until it has finished, then switch.");
    return tr("A request is still using the current subscription (a name check or a create "
              "run). Wait until it has finished, then switch.");
}

void Subscriptions::holdClient(QObject *user)
{
    if (!user || m_users.contains(user))
        return;
    const bool wasBusy = isBusy();
    m_users.insert(user);
    connect(user, &QObject::destroyed, this, [this, user] { releaseClient(user); });
    if (!wasBusy)
        emit busyChanged();
}

void Subscriptions::releaseClient(QObject *user)
{
    if (!m_users.remove(user))
        return;
    disconnect(user, &QObject::destroyed, this, nullptr);
    if (isBusy())
        return;
    if (m_errorKind == Error::ClientBusy)
        clearError();
    emit busyChanged();
}

void Subscriptions::takeKeyOutcome(const classic::AccountStore::KeyOutcome &outcome)
{
    if (outcome.notice.isEmpty())
        return;
    m_keyNotice = outcome.notice;
    qCInfo(lcUi).noquote() << outcome.notice;
}

void Subscriptions::reload(const QString &preferredId)
{
    m_subscriptions = m_store.subscriptions();
    emit subscriptionsChanged();
    QString wanted = m_current.id;
    if (wanted.isEmpty())
        wanted = preferredId;
    if (wanted.isEmpty() || !m_store.find(wanted))
        wanted = m_store.currentId();
    if (wanted.isEmpty() && !m_subscriptions.isEmpty())
        wanted = m_subscriptions.first().id;
    m_pendingSelection = wanted;
    if (m_loadingKeys)
        return; // the load under way selects m_pendingSelection
    m_loadingKeys = true;
    m_store.loadKeys(m_store.accounts(), this,
                     [this](const QList<classic::StoredAccount> &loaded,
                            const classic::AccountStore::KeyOutcome &outcome) {
                         m_loadingKeys = false;
                         takeKeyOutcome(outcome);
                         for (const classic::StoredAccount &a : loaded) {
                             if (!a.subscription.privateKey.isNull())
                                 m_keys.insert(a.subscription.id.toLower(),
                                               a.subscription.privateKey);
                         }
                         if (!outcome.ok)
                             fail(Error::KeyMissing, outcome.error);
                         emit subscriptionsChanged();
                         const QString chosen = std::exchange(m_pendingSelection, QString());
                         if (!chosen.isEmpty() && (chosen != m_current.id || !m_client))
                             select(chosen);
                         emit keysLoaded();
                     });
}

bool Subscriptions::importPublishSettings(const QString &path)
{
    if (isBusy())
        return fail(Error::ClientBusy, busyMessage());
    const classic::PublishSettingsResult parsed = classic::PublishSettings::load(path);
    if (!parsed.ok())
        return fail(Error::Import, parsed.errorMessage);
    clearError();
    m_store.importSubscriptions(
        parsed.subscriptions, QFileInfo(path).absoluteFilePath(), this,
        [this, parsed, path](const classic::AccountStore::KeyOutcome &outcome) {
            takeKeyOutcome(outcome);
            if (!outcome.ok) {
                fail(Error::Store, tr("The subscriptions in %1 could not be remembered: %2")
                                       .arg(QDir::toNativeSeparators(path), outcome.error));
                emit subscriptionsChanged();
                return;
            }
            m_warnings = parsed.warnings;
            qCInfo(lcUi) << "imported" << parsed.subscriptions.size() << "subscription(s) from"
                         << path;
            for (const classic::Subscription &s : parsed.subscriptions)
                m_keys.insert(s.id.toLower(), s.privateKey);
            m_subscriptions = m_store.subscriptions();
            emit subscriptionsChanged();
            select(parsed.subscriptions.first().id);
        });
    return true;
}

bool Subscriptions::select(const QString &id)
{
    QString error;
    auto found = m_store.find(id, &error);
    if (!found)
        return fail(Error::NotFound, error);
    if (isBusy() && found->id != m_current.id)
        return fail(Error::ClientBusy, busyMessage());
    if (m_loadingKeys && !m_keys.contains(found->id.toLower())) {
        m_pendingSelection = found->id; // reload()'s key load selects it
        return true;
    }
    found->privateKey = m_keys.value(found->id.toLower());
    if (!found->isValid())
        return fail(Error::KeyMissing, tr("The key of subscription %1 is missing. Import its "
                                          ".publishsettings file again.")
                                           .arg(id));
    if (found->id == m_current.id && m_client) {
        clearError();
        return true;
    }
    if (isBusy())
        return fail(Error::ClientBusy, busyMessage());
    clearError();
    emit clientAboutToChange();
    m_current = *found;
    m_store.setCurrent(m_current.id, nullptr);
    makeClient();
    emit currentChanged();
    return true;
}

void Subscriptions::makeClient()
{
    classic::ManagementClient::Options clientOptions = m_options.client;
    const QString caFile = managementCaFile();
    if (!caFile.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (cas.isEmpty())
            qCWarning(lcUi) << "no PEM certificate in" << caFile << "- trusting the system store";
        clientOptions.extraCaCertificates += cas;
    }
    m_client = std::make_unique<classic::ManagementClient>(m_options.networkAccessManager,
                                                           m_current, clientOptions);
}

QString Subscriptions::accountCaFile(const QString &id) const
{
    if (!m_options.settings || id.isEmpty())
        return QString();
    return m_options.settings->value(QStringLiteral("accounts/%1/managementCa").arg(id)).toString();
}

QString Subscriptions::managementCaFile() const
{
    const QString own = accountCaFile(m_current.id);
    return own.isEmpty() ? m_options.managementCaFile : own;
}

bool Subscriptions::setManagementCaFile(const QString &path)
{
    if (m_current.id.isEmpty())
        return fail(Error::ManagementCa, tr("Select a subscription first, then choose the CA "
                                            "certificate of its management endpoint."));
    const QString file =
        path.trimmed().isEmpty() ? QString() : QFileInfo(path.trimmed()).absoluteFilePath();
    if (file == managementCaFile() && m_client)
        return true;
    if (isBusy())
        return fail(Error::ClientBusy, busyMessage());
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable())
            return fail(Error::ManagementCa,
                        tr("The CA certificate file %1 cannot be read. Choose the PEM file of the "
                           "CA that signed the management endpoint's certificate.")
                            .arg(QDir::toNativeSeparators(file)));
        if (QSslCertificate::fromPath(file, QSsl::Pem).isEmpty())
            return fail(Error::ManagementCa,
                        tr("%1 holds no PEM certificate (a block starting with \"-----BEGIN "
                           "CERTIFICATE-----\"). Choose the CA certificate in PEM format.")
                            .arg(QDir::toNativeSeparators(file)));
    }
    if (m_options.settings) {
        const QString key = QStringLiteral("accounts/%1/managementCa").arg(m_current.id);
        if (file.isEmpty())
            m_options.settings->remove(key);
        else
            m_options.settings->setValue(key, file);
    }
    clearError();
    qCInfo(lcUi) << "management CA for" << m_current.id
                 << (file.isEmpty() ? QStringLiteral("(system store)") : file);
    emit clientAboutToChange();
    // A connection kept from before still trusts the old CA list: start afresh.
    m_options.networkAccessManager->clearConnectionCache();
    makeClient();
    emit currentChanged();
    return true;
}

bool Subscriptions::cleanUpUnfinishedRuns()
{
    if (!m_client || m_unfinished->isBusy())
        return false;
    holdClient(m_unfinished); // let go on UnfinishedRuns::finished (also when it is synchronous)
    auto *cloud = new classic::ClassicCloud(m_client.get(), QString(), m_unfinished);
    connect(m_unfinished, &provision::UnfinishedRuns::finished, cloud, &QObject::deleteLater,
            Qt::SingleShotConnection);
    m_unfinished->cleanUp(cloud, classic::ClassicCloud::runOptions(m_options.provisioner));
    return true;
}

} // namespace dockervm::wizard
