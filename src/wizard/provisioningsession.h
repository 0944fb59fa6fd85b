#pragma once

#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "cloud/cloud.h"
#include "cloud/run.h"
#include "cloud/vmspec.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace dockervm::wizard {

class Catalogue;
class ProvisioningStepModel;
class Subscriptions;

// One create run as the wizard prepares and follows it: the VM spec inputs (DNS name with its
// debounced availability check, size, user, password, ports, certificate folder) and their
// validation, the review (summary, the two command lines), and the run itself: its state, its log
// and its progress rows (steps(), straight from the Provisioner). The region and image come from
// the Catalogue, the client from Subscriptions (held while a name check or the run uses it).
class ProvisioningSession : public QObject
{
    Q_OBJECT
public:
    enum class NameState { Unknown, Invalid, Checking, Available, Taken, Error };
    Q_ENUM(NameState)
    enum class State { NotStarted, Running, Cancelling, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    struct Options
    {
        cloud::VmSpec initial; // remembered inputs; location and image are the Catalogue's
        classic::Provisioner::Options provisioner;
        certs::KeyType keyType = certs::KeyType::Rsa4096;
        int nameDebounceMs = 400;
        // The current account's cloud (the controller's); null or returning null: none chosen.
        // The name check, the field rules and the create run go through it.
        std::function<cloud::Cloud *()> cloud;
    };

    ProvisioningSession(Subscriptions *subscriptions, Catalogue *catalogue, Options options,
                        QObject *parent = nullptr);
    ~ProvisioningSession() override;

    // The spec a run would use now (holds the password: never log it).
    cloud::VmSpec spec() const;

    // DNS name and its availability.
    QString dnsName() const { return m_spec.dnsName; }
    void setDnsName(const QString &name); // debounced availability check
    QString dnsSuffix() const;
    QString hostName() const; // empty without a DNS name
    NameState nameState() const { return m_nameState; }
    QString nameMessage() const { return m_nameMessage; }
    // True when the current name was checked and is free.
    bool isNameConfirmed() const;
    // Checks the name now; nameCheckFinished() follows (at once when there is nothing to check).
    void checkNameNow();
    // Forgets the availability (a new subscription).
    void resetNameCheck();

    QString vmSize() const { return m_spec.size; }
    void setVmSize(const QString &size);
    QString userName() const { return m_spec.userName; }
    void setUserName(const QString &name);
    QString userNameError() const;
    QString password() const { return m_spec.password; }
    void setPassword(const QString &password);
    QString passwordConfirmation() const { return m_passwordConfirmation; }
    void setPasswordConfirmation(const QString &password);
    QList<cloud::PasswordRule> passwordChecklist() const; // includes "both entries match"
    bool passwordsMatch() const;
    bool isPasswordAcceptable() const;
    // A signed-in subscription's (Cloud::supportsSshKeys): the SSH public key file (a password
    // is optional then), the source range allowed to reach SSH and Docker ("*": any), the
    // resource group (empty: a new one named after the VM). Each error is the cloud's rule.
    bool supportsSshKeys() const;
    QString sshKeyFile() const { return m_spec.sshKeyFile; }
    void setSshKeyFile(const QString &path);
    QString sshKeyError() const;
    QString allowFrom() const { return m_spec.allowFrom; }
    void setAllowFrom(const QString &cidr);
    QString allowFromError() const;
    QString resourceGroup() const { return m_spec.resourceGroup; }
    void setResourceGroup(const QString &group);
    QString resourceGroupError() const;
    // A new cloud's starting values (ports, size, SSH key, allow-from, key type); the DNS name,
    // user and password typed so far stay.
    void applyDefaults(const cloud::VmSpec &defaults);
    // Everything of the virtual machine page is valid (the name check aside).
    bool isVirtualMachineComplete() const;

    // Several hosts as one Docker swarm (issue 11). One host by default: the single-host flow
    // of the article, unchanged. The wizard offers up to kMaxWizardNodes hosts (the command line
    // up to cloud::kMaxNodes): NAME-1 … NAME-9 keep a one-digit suffix, so they sort in order
    // in the portal and in `docker node ls`; classic's extra SSH ports stay in 2202–2209; and
    // nine hosts already need a larger vCPU quota than many subscriptions start with.
    static constexpr int kMaxWizardNodes = 9;
    int nodes() const { return m_spec.nodes; }
    void setNodes(int nodes); // managers follow the default until the user sets them
    int managers() const { return m_spec.managers; }
    void setManagers(int managers);
    // When some hosts fail to provision or to join: keep the swarm of the others (true) or
    // remove everything (false, the default; the command line's --keep-partial).
    bool keepPartial() const { return m_keepPartial; }
    void setKeepPartial(bool keep);
    bool isSwarm() const { return m_spec.nodes > 1; }
    QString nodesError() const;    // translated; empty when fine
    QString managersError() const; // translated; empty when fine or one host
    // One host of the plan as the review shows it: NAME-i, where Docker and SSH answer, its role.
    struct NodePlan
    {
        QString name;
        QString hostName;
        int dockerPort = 0;
        int sshPort = 0; // 0: no SSH endpoint
        bool manager = false;
        bool leader = false;
    };
    QList<NodePlan> nodePlan() const; // empty for one host

    int sshPort() const { return m_spec.sshPort; }
    void setSshPort(int port);
    int dockerPort() const { return m_spec.dockerPort; }
    void setDockerPort(int port);
    QString sshPortError() const;
    QString dockerPortError() const;
    QString certDir() const { return m_spec.certDir; }
    QString effectiveCertDir() const { return m_spec.effectiveCertDir(); }
    void setCertDir(const QString &dir);
    QString certReportText() const { return m_certReportText; }
    bool certDirUsable() const { return m_certDirUsable; }
    void refreshCertReport();
    bool isDockerComplete() const;

    // Review.
    QString azureCommandLine() const;               // `azure vm docker create …`, password masked
    QString dockerVmCommandLine() const;            // `docker-vm create …`, password prompted
    QList<QPair<QString, QString>> summary() const; // (label, value) rows, translated
    QString costNote() const; // the cloud's: what the host costs once made, how to delete it

    // The run.
    bool canStart() const;
    void start();
    void cancel();
    // Puts a finished run aside (succeeded, failed or cancelled; nothing while one runs): the
    // state is NotStarted again and the progress rows go, so Review's Create makes a new run.
    // The inputs stay; after a success the DNS name is the new host's, so its availability is
    // asked again. The wizard calls it when it goes back to a page before the run.
    void forgetRun();
    State state() const { return m_state; }
    bool isBusy() const;
    ProvisioningStepModel *steps() const { return m_steps; }
    QStringList logLines() const { return m_log; }
    void appendLog(const QString &line);
    cloud::RunResult result() const;
    QString resultText() const;
    // The create run (the current cloud's), once started.
    cloud::ProvisioningRun *run() const { return m_provisioner; }
    // The Docker check's demo redirections: the run's (the simulated VM mapped) once there is
    // one, else Options::provisioner.hostOverrides. Empty in a real run.
    HostOverrides hostOverrides() const;

signals:
    void dnsNameChanged();
    void nameStateChanged();
    void nameCheckFinished(bool available);
    void specChanged();
    void passwordChanged();
    void portsChanged();
    void nodesChanged();
    void certDirChanged();
    void commandLinesChanged();
    void stateChanged();
    void logChanged();
    void logLineAdded(const QString &line);
    void busyChanged();

private:
    void setNameState(NameState state, const QString &message);
    void dropNameCheck();
    void restartNameCheck(); // after the name or the number of hosts changed: debounced
    QString checkingText() const;
    void onFinished(bool ok);
    void updateBusy();

    Subscriptions *m_subscriptions;
    Catalogue *m_catalogue;
    Options m_options;
    cloud::VmSpec m_spec; // location, image and DNS suffix: see spec()
    QString m_passwordConfirmation;
    bool m_keepPartial = false;
    bool m_managersSet = false; // the user chose the managers: setNodes() leaves them
    NameState m_nameState = NameState::Unknown;
    QString m_nameMessage;
    QString m_nameChecked; // the name the reply in flight (or the last answer) is about
    QTimer m_nameTimer;
    cloud::Cloud *currentCloud() const;
    // The current cloud's rule for one field of spec() (empty: fine).
    QString fieldError(cloud::FieldError::Field field) const;
    QPointer<QObject> m_nameCheck; // the context of the name check in flight
    QString m_certReportText;
    bool m_certDirUsable = true;

    State m_state = State::NotStarted;
    QPointer<cloud::ProvisioningRun> m_provisioner;
    HostOverrides m_lastRunOverrides; // of a run put aside (demo: its simulated VMs mapped)
    ProvisioningStepModel *m_steps;
    QStringList m_log;
    bool m_busy = false;
};

} // namespace dockervm::wizard
