#pragma once

#include "arm/armprovisioner.h"
#include "cloud/cloud.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

namespace dockervm::arm {

class ArmCatalogue;
class ArmClient;

// What `docker-vm status NAME` shows of a host on ARM.
struct ArmHostStatus
{
    struct Resource
    {
        QString id;
        QString type; // "Microsoft.Network/publicIPAddresses"
        QString name;
    };
    QString name;          // the host (VM) name
    QString resourceGroup; // its group
    QString location;
    QString vmSize;
    QString provisioningState; // the VM's: "succeeded", "failed", "creating", …
    QString powerState;        // "running", "stopped", "deallocated", "starting", … or empty
    QString fqdn;              // <label>.<region>.cloudapp.azure.com
    QString ipAddress;
    QList<Resource> resources; // everything in the group
    // Every public IP of the group (a swarm made with --nodes N has one per node NAME-i, in
    // name order): the node name (the IP's name without "-ip"), its FQDN and address.
    struct Node
    {
        QString name;
        QString fqdn;
        QString ipAddress;
    };
    QList<Node> nodes;
    QJsonObject toJson() const;
};

// One signed-in ARM subscription as a cloud::Cloud: the wizard and the command line create,
// resume, clean up and delete Docker hosts through it without knowing it is ARM. It does not own
// the client (nor its TokenSource); both must outlive it, or calls fail with a clear message.
class ArmCloud : public cloud::Cloud
{
    Q_OBJECT
public:
    struct Options
    {
        QString subscriptionId;
        QString subscriptionName;
        // Demo and tests: where the simulated VMs' Docker hosts listen (see armprovisioner.h).
        SimulatedDockerEndpoint simulatedDockerEndpoint;
    };

    ArmCloud(ArmClient *client, Options options, QObject *parent = nullptr);
    ~ArmCloud() override;

    static constexpr int kDefaultDockerPort = 2376;
    static constexpr int kDefaultDockerWaitSeconds = 15 * 60; // cloud-init installs Docker
    // The size offered first when the region has it: 2 vCPUs, 4 GiB, burstable, cheap.
    static QString preferredSize() { return QStringLiteral("Standard_B2s"); }
    // "<region>.cloudapp.azure.com"
    static QString dnsSuffixFor(const QString &location);

    ArmClient *client() const { return m_client; }

    // cloud::Cloud
    cloud::Kind kind() const override { return cloud::Kind::ResourceManager; }
    QString accountId() const override { return m_options.subscriptionId; }
    QString accountName() const override { return m_options.subscriptionName; }
    // Docker 2376, SSH 22, Standard_B2s, ECDSA P-256 keys (small customData), the SSH key from
    // ~/.ssh when there is one, allow from "*", DNS suffix of the location (when set).
    cloud::VmSpec defaults() const override;
    QString hostName(const cloud::VmSpec &spec) const override;
    QList<cloud::FieldError> validate(const cloud::VmSpec &spec) const override;
    QString validateField(cloud::FieldError::Field field, const cloud::VmSpec &spec) const override;
    QList<cloud::PasswordRule> passwordChecklist(const QString &password) const override;
    bool supportsSshKeys() const override { return true; }
    // The group (new or named), the network security group, the network, the public IP with the
    // DNS label, the NIC and the VM; the VM, its disk and its IP cost money while they exist.
    QString createDescription(const cloud::VmSpec &spec) const override;
    QString costNote(const cloud::VmSpec &spec) const override;

    void locations(QObject *context, Callback<QList<cloud::Location>> done) override;
    void images(const QString &location, QObject *context,
                Callback<QList<cloud::Image>> done) override;
    void sizes(const QString &location, const cloud::Image &image, QObject *context,
               Callback<QList<cloud::Size>> done) override;
    void checkName(const cloud::VmSpec &spec, QObject *context,
                   std::function<void(const cloud::NameCheck &)> done) override;

    // Runs. RunOptions::dockerWaitSeconds left at its struct default (the classic 600 s) becomes
    // ARM's 15 minutes (kDefaultDockerWaitSeconds; cloud-init installs Docker first); any other
    // value is used as given.
    cloud::ProvisioningRun *create(const cloud::VmSpec &spec, const cloud::RunOptions &options,
                                   QObject *parent) override;
    cloud::ProvisioningRun *resume(const cloud::Journal &journal, const cloud::RunOptions &options,
                                   QObject *parent, QString *error) override;
    cloud::ProvisioningRun *cleanup(const cloud::Journal &journal, const cloud::RunOptions &options,
                                    QObject *parent) override;
    cloud::ProvisioningRun *remove(const QString &name, const cloud::RunOptions &options,
                                   QObject *parent) override;
    // `docker-vm swarm remove NAME NODE`: deletes NODE's VM (with its OS disk), NIC and public IP
    // in the group of the swarm NAME made by this tool (the swarm part is the caller's).
    cloud::ProvisioningRun *removeNode(const QString &name, const QString &node,
                                       const cloud::RunOptions &options, QObject *parent);

    // `docker-vm swarm add NAME --count K` (ArmProvisioner::prepareAddNodes): new workers
    // NAME-(max+1) … in the swarm's group, subnet and NSG, made as create makes a node.
    cloud::ProvisioningRun *addSwarmNodes(const cloud::VmSpec &spec, int count,
                                          const cloud::RunOptions &options,
                                          QObject *parent) override;

    void swarmMembers(const QString &name, QObject *context,
                      Callback<QList<cloud::SwarmMember>> done) override;
    cloud::ProvisioningRun *removeSwarmNode(const QString &name, const QString &node,
                                            const cloud::RunOptions &options,
                                            QObject *parent) override
    {
        return removeNode(name, node, options, parent);
    }

    bool isBusy() const override;

    // ARM-specific, for `docker-vm status NAME`: the host's group (found as `remove` finds it),
    // its resources, the VM's provisioning and power state, its FQDN and address. `done` runs
    // later, only while `context` lives; error is translated (not found, no permission, …).
    void status(const QString &name, QObject *context,
                std::function<void(const ArmHostStatus &, const QString &error)> done);

    static cloud::RunOptions withArmDefaults(cloud::RunOptions options);

private:
    void checkNodeNames(const cloud::VmSpec &spec, QObject *context,
                        std::function<void(const cloud::NameCheck &)> done);
    ArmProvisioner::Setup setup() const;
    // Fills spec.dnsSuffix from the location when the caller left the classic default.
    static cloud::VmSpec normalised(cloud::VmSpec spec);

    QPointer<ArmClient> m_client;
    Options m_options;
    ArmCatalogue *m_catalogue = nullptr;
};

} // namespace dockervm::arm
