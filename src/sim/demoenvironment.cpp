#include "sim/demoenvironment.h"

#include "common/hostoverrides.h"

#include "classic/accountstore.h"
#include "classic/publishsettings.h"
#include "common/logging.h"
#include "sim/armsimulator.h"
#include "sim/azuresimulator.h"
#include "sim/entrasim.h"
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
    // The provisioning routes refer to the Azure simulator: drop them first. The ARM simulator's
    // token check refers to the Entra simulator.
    m_provisioning.reset();
    m_azure.reset();
    m_arm.reset();
    m_entra.reset();
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
    if (m_options.arm && !startArm(&why))
        return fail(why);
    return true;
}

bool DemoEnvironment::startArm(QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    EntraSimulator::Options entraOptions;
    entraOptions.autoApproveAfterMs = m_options.deviceCodeApproveAfterMs;
    entraOptions.intervalSec = m_options.deviceCodeIntervalSec;
    m_entra = std::make_unique<EntraSimulator>(entraOptions);
    const EntraUser user = m_entra->options().users.isEmpty() ? EntraSimulator::defaultUser()
                                                              : m_entra->options().users.first();

    ArmSimulator::Options armOptions;
    armOptions.tenantId = user.tenantIds.value(0);
    armOptions.latencyMs = m_options.latencyMs;
    armOptions.operationDelayMs = m_options.armOperationDelayMs;
    armOptions.groupDeleteDelayMs = m_options.armGroupDeleteDelayMs;
    armOptions.bootDelayMs = m_options.armBootDelayMs;
    armOptions.takenDnsLabels = m_options.takenDnsLabels;
    m_arm = std::make_unique<ArmSimulator>(armOptions);
    EntraSimulator *entra = m_entra.get();
    m_arm->setTokenChecker([entra](const QByteArray &bearer) {
        const TokenCheck t = entra->checkAccessToken(bearer);
        ArmTokenCheck c;
        c.ok = t.ok;
        c.expired = t.expired;
        c.tenantId = t.tenantId;
        c.user = t.user;
        return c;
    });
    QString why;
    if (!m_arm->start(&why))
        return fail(tr("The demo's Azure Resource Manager simulator did not start: %1").arg(why));
    // Entra listens with the ARM simulator's server certificate: one CA file trusts both.
    if (!m_entra->listen(m_arm->serverTlsConfiguration(), 0, &why))
        return fail(tr("The demo's Entra ID simulator did not start: %1").arg(why));
    if (!m_arm->writeCaFile(armCaFile(), &why))
        return fail(
            tr("Cannot write the demo's certificate authority to %1: %2").arg(armCaFile(), why));
    connect(m_entra.get(), &EntraSimulator::deviceCodeIssued, this, [](const QString &code) {
        qCInfo(lcSim).noquote() << "demo mode: the simulated Entra ID approves the code" << code
                                << "by itself in a few seconds";
    });
    qCInfo(lcSim) << "demo mode: Entra ID simulator on" << m_entra->authority().toString()
                  << "ARM simulator on" << m_arm->endpoint().toString();
    return true;
}

QString DemoEnvironment::armCaFile() const
{
    return m_base + QStringLiteral("/arm-ca.pem");
}

identity::CloudEndpoints DemoEnvironment::cloudEndpoints() const
{
    identity::CloudEndpoints e;
    if (m_entra)
        e.authority = m_entra->authority();
    if (m_arm)
        e.armEndpoint = m_arm->endpoint();
    e.managementCaFile = armCaFile();
    return e;
}

HostOverrides DemoEnvironment::armHostOverrides() const
{
    HostOverrides hosts = hostOverrides();
    if (m_arm)
        m_arm->applyHostOverrides(hosts);
    return hosts;
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
