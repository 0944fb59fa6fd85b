#include "sim/demoenvironment.h"

#include "common/hostoverrides.h"

#include "classic/accountstore.h"
#include "classic/publishsettings.h"
#include "common/logging.h"
#include "sim/azuresimulator.h"
#include "sim/provisioningsim.h"

#include <QDir>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace dockervm::sim {

namespace {

// The answer to a request the guard refused: finishes on the next turn of the event loop with
// an error, having sent nothing and looked up nothing.
class RefusedReply : public QNetworkReply
{
public:
    RefusedReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                 QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        const QString text =
            QCoreApplication::translate("dockervm::sim::DemoEnvironment",
                                        "Demo mode only talks to this computer: the request to %1 "
                                        "was refused before it left.")
                .arg(request.url().host());
        setError(QNetworkReply::ContentAccessDenied, text);
        QTimer::singleShot(0, this, [this] {
            if (isFinished())
                return;
            setFinished(true);
            emit errorOccurred(error());
            emit finished();
        });
    }
    void abort() override
    {
        if (isFinished())
            return;
        setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        emit errorOccurred(error());
        emit finished();
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

} // namespace

// --- the guard ------------------------------------------------------------------------------

LoopbackGuardNetworkAccessManager::LoopbackGuardNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{}

bool LoopbackGuardNetworkAccessManager::isLoopbackHost(const QString &host)
{
    return isLoopbackName(host);
}

QNetworkReply *LoopbackGuardNetworkAccessManager::createRequest(Operation op,
                                                                const QNetworkRequest &request,
                                                                QIODevice *outgoingData)
{
    const QUrl url = request.url();
    if (!isLoopbackHost(url.host())) {
        const QString shown = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        m_refused << shown;
        qCWarning(lcSim) << "demo guard refused a request to" << shown;
        emit refused(url);
        return new RefusedReply(op, request, this);
    }
    ++m_allowed;
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

// --- the environment ------------------------------------------------------------------------

DemoEnvironment::DemoEnvironment(QObject *parent) : DemoEnvironment(Options(), parent) {}

DemoEnvironment::DemoEnvironment(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_nam(new LoopbackGuardNetworkAccessManager(this))
{}

DemoEnvironment::~DemoEnvironment()
{
    // The provisioning routes refer to the Azure simulator: drop them first.
    m_provisioning.reset();
    m_azure.reset();
}

HostOverrides DemoEnvironment::hostOverrides() const
{
    HostOverrides hosts;
    hosts.setLoopbackOnly(true);
    hosts.setMapSimulatedEndpoints(true);
    return hosts;
}

QString DemoEnvironment::accountConfigDir() const
{
    return m_base + QStringLiteral("/config");
}

QString DemoEnvironment::accountDataDir() const
{
    return m_base + QStringLiteral("/data");
}

QString DemoEnvironment::certDir() const
{
    return m_base + QStringLiteral("/docker");
}

QString DemoEnvironment::journalDir() const
{
    return m_base + QStringLiteral("/journal");
}

QString DemoEnvironment::settingsFile() const
{
    return m_base + QStringLiteral("/settings.ini");
}

QString DemoEnvironment::publishSettingsFile() const
{
    return m_base + QStringLiteral("/Demo-Subscription-credentials.publishsettings");
}

bool DemoEnvironment::start(QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (m_options.baseDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                    QStringLiteral("/docker-vm-demo-XXXXXX"));
        if (!m_tempDir->isValid())
            return fail(tr("Demo mode needs a temporary folder, but none could be created in %1: "
                           "%2. Free some space or set TMPDIR.")
                            .arg(QDir::tempPath(), m_tempDir->errorString()));
        m_base = m_tempDir->path();
    } else {
        m_base = m_options.baseDir;
        if (!QDir().mkpath(m_base))
            return fail(tr("Cannot create the demo folder %1.").arg(m_base));
    }

    AzureSimulator::Options azureOptions;
    azureOptions.faults.latencyMs = m_options.latencyMs;
    azureOptions.takenServiceNames = m_options.takenServiceNames;
    azureOptions.subscriptionName = tr("Demo Subscription");
    m_azure = std::make_unique<AzureSimulator>(azureOptions);
    QString why;
    if (!m_azure->start(&why))
        return fail(tr("The demo's Azure simulator did not start: %1").arg(why));

    ProvisioningSimulator::Options provOptions;
    provOptions.operationDelayMs = m_options.operationDelayMs;
    provOptions.bootDelayMs = m_options.bootDelayMs;
    provOptions.extensionDelayMs = m_options.extensionDelayMs;
    m_provisioning = std::make_unique<ProvisioningSimulator>(m_azure.get(), provOptions);

    // The throwaway subscription: written as a real .publishsettings file (so the wizard can show
    // where it came from) and imported into the demo's own account store.
    if (!m_azure->writePublishSettings(publishSettingsFile(), &why))
        return fail(
            tr("Cannot write the demo subscription to %1: %2").arg(publishSettingsFile(), why));
    classic::AccountStore store(accountConfigDir(), accountDataDir(),
                                classic::AccountStore::KeyStorage::Files);
    if (!store.importIntoFiles({m_azure->subscription()}, publishSettingsFile(), &why))
        return fail(tr("Cannot remember the demo subscription: %1").arg(why));
    qCInfo(lcSim) << "demo mode: Azure simulator on" << m_azure->endpoint().toString() << "files in"
                  << m_base;
    return true;
}

classic::ManagementClient::Options DemoEnvironment::clientOptions() const
{
    classic::ManagementClient::Options o;
    if (m_azure)
        o.extraCaCertificates = {m_azure->caCertificate()};
    o.timeoutMs = 15000;
    o.maxRetries = 2;
    o.backoffBaseMs = 200;
    o.backoffMaxMs = 1000;
    return o;
}

classic::Provisioner::Options DemoEnvironment::provisionerOptions() const
{
    classic::Provisioner::Options o;
    o.pollIntervalMs = m_options.pollIntervalMs;
    o.dockerWaitSeconds = 60;
    o.journalDir = journalDir();
    // Nothing leaves the machine: the management client goes through the loopback guard, and the
    // Docker probe may only reach mapped or loopback hosts.
    o.hostOverrides = hostOverrides();
    return o;
}

certs::KeyType DemoEnvironment::keyType() const
{
    return m_options.fastKeys ? certs::KeyType::EcdsaP256 : certs::KeyType::Rsa2048;
}

} // namespace dockervm::sim
