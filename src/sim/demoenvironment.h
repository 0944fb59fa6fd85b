#pragma once

#include "certs/dockertlsstore.h"
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "identity/endpoints.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dockervm::sim {

class ArmSimulator;
class AzureSimulator;
class EntraSimulator;
class ProvisioningSimulator;

// A QNetworkAccessManager that only lets requests to loopback (127.0.0.0/8, ::1, localhost)
// through. Any other host is refused before a socket or a name lookup exists: the reply finishes
// at once with an error, and the refusal is counted. Demo mode runs the wizard on it, so the
// count proves that nothing left the machine.
class LoopbackGuardNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit LoopbackGuardNetworkAccessManager(QObject *parent = nullptr);

    static bool isLoopbackHost(const QString &host);
    int allowedCount() const { return m_allowed; }
    int refusedCount() const { return m_refused.size(); }
    QStringList refusedUrls() const { return m_refused; }

signals:
    void refused(const QUrl &url);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    int m_allowed = 0;
    QStringList m_refused;
};

// Demo mode: the Azure simulator and the provisioning simulator in this process, on loopback,
// with short realistic delays; a throwaway demo subscription in a temporary account store (never
// the user's); a temporary certificate folder, journal and settings file; the simulator's CA
// trusted by the management client; and the loopback guard. Everything lives in one temporary
// directory that goes away with this object.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int latencyMs = 120;         // every management answer
        int operationDelayMs = 1500; // async operations (storage, cloud service, deployment)
        int bootDelayMs = 2500;      // VM boot until ReadyRole
        int extensionDelayMs = 2000; // Docker extension until success
        int pollIntervalMs = 500;    // how often the provisioner polls
        bool fastKeys = false;       // ECDSA P-256 instead of RSA 2048 (tests)
        QStringList takenServiceNames{QStringLiteral("taken")};
        QString baseDir; // empty: a new temporary directory

        // Today's Azure: the Entra ID simulator (device code approved by itself after
        // deviceCodeApproveAfterMs) and the ARM simulator, with small realistic delays.
        bool arm = true;
        int deviceCodeApproveAfterMs = 4000;
        int deviceCodeIntervalSec = 1;    // how often the app polls the token endpoint
        int armOperationDelayMs = 1200;   // network and compute LROs
        int armGroupDeleteDelayMs = 2000; // resource group delete
        int armBootDelayMs = 3000;        // cloud-init until Docker listens (minutes on Azure)
        QStringList takenDnsLabels{QStringLiteral("taken")};
    };

    explicit DemoEnvironment(QObject *parent = nullptr);
    explicit DemoEnvironment(Options options, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Starts both simulators and imports the demo subscription. False with *error on failure.
    bool start(QString *error = nullptr);

    AzureSimulator *azure() const { return m_azure.get(); }
    // Null unless Options::arm.
    ArmSimulator *arm() const { return m_arm.get(); }
    EntraSimulator *entra() const { return m_entra.get(); }
    // Where the demo's Entra ID and ARM live (loopback, HTTPS with the demo CA in
    // managementCaFile): what `docker-vm login --authority --arm-endpoint --management-ca` and
    // the wizard's sign-in page take.
    identity::CloudEndpoints cloudEndpoints() const;
    QString armCaFile() const; // the ARM and Entra simulators' CA (PEM)
    // hostOverrides() plus every booted ARM VM's <fqdn>:<port> mapped to its loopback endpoint.
    // The public IPs the ARM simulator reports are loopback addresses where the VM's Docker
    // listens, so "map simulated endpoints" works on the ARM path too; this snapshot is for
    // callers that map names themselves.
    HostOverrides armHostOverrides() const;
    ProvisioningSimulator *provisioning() const { return m_provisioning.get(); }
    LoopbackGuardNetworkAccessManager *networkAccessManager() const { return m_nam; }

    QString baseDir() const { return m_base; }
    QString accountConfigDir() const;
    QString accountDataDir() const;
    QString certDir() const;
    QString journalDir() const;
    QString settingsFile() const;
    QString publishSettingsFile() const; // the demo subscription as a .publishsettings file

    // Plain values for whoever runs on the demo (the wizard's controller, tests): the management
    // client's options (the simulator's CA trusted, short timeouts), the provisioner's (the demo
    // journal, short polls) and the key type. Together with the folders and the network manager
    // above, that is everything demo mode changes.
    classic::ManagementClient::Options clientOptions() const;
    classic::Provisioner::Options provisionerOptions() const;
    certs::KeyType keyType() const;
    // Demo redirections: nothing but loopback is reached, and the provisioner maps each
    // simulated VM's name to its loopback endpoint. Passed in options (provisionerOptions()
    // carries them), never process-global.
    HostOverrides hostOverrides() const;

private:
    bool startArm(QString *error);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_base;
    std::unique_ptr<AzureSimulator> m_azure;
    std::unique_ptr<ProvisioningSimulator> m_provisioning;
    std::unique_ptr<ArmSimulator> m_arm;
    std::unique_ptr<EntraSimulator> m_entra;
    LoopbackGuardNetworkAccessManager *m_nam = nullptr;
};

} // namespace dockervm::sim
