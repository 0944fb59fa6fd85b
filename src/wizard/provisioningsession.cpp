#include "wizard/provisioningsession.h"

#include "certs/dockertlsstore.h"
#include "classic/classiccloud.h"
#include "classic/requests.h"
#include "cloud/swarmsteps.h"
#include "common/logging.h"
#include "wizard/catalogue.h"
#include "wizard/provisioningsteps.h"
#include "wizard/subscriptions.h"

#include <QDir>
#include <QRegularExpression>
#include <QTime>

namespace dockervm::wizard {

using cloud::VmSpec;

namespace {

// Quotes an argument for a POSIX shell when it needs it.
QString shellQuote(const QString &arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+-]+$"));
    if (!arg.isEmpty() && plain.match(arg).hasMatch())
        return arg;
    // Double quotes (they read the same in bash, PowerShell and cmd for ordinary paths); inside
    // them bash still expands $ and backticks, so those are escaped along with the quote.
    QString escaped;
    for (const QChar c : arg) {
        if (c == QLatin1Char('"') || c == QLatin1Char('$') || c == QLatin1Char('`'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString nativeDir(const QString &dir)
{
    return QDir::toNativeSeparators(QDir::cleanPath(dir));
}

// What `azure vm docker create` and `docker-vm create` share, quoted for showing: -e, -l, -p,
// -z unless Small, the certificate folder under `certDirOption` unless ~/.docker, then the DNS
// name, image and user name (no password).
QStringList createArguments(const VmSpec &spec, const QString &certDirOption, bool sshKeys = false,
                            bool keepPartial = false)
{
    QStringList args;
    if (sshKeys) {
        if (!spec.resourceGroup.isEmpty())
            args << QStringLiteral("-g") << shellQuote(spec.resourceGroup);
        if (!spec.sshKeyFile.isEmpty())
            args << QStringLiteral("--ssh-key") << shellQuote(nativeDir(spec.sshKeyFile));
        if (spec.allowFrom != QLatin1String("*"))
            args << QStringLiteral("--allow-from") << shellQuote(spec.allowFrom);
    }
    if (spec.nodes > 1) {
        args << QStringLiteral("--nodes") << QString::number(spec.nodes);
        if (spec.managers != cloud::defaultManagers(spec.nodes))
            args << QStringLiteral("--managers") << QString::number(spec.managers);
        if (keepPartial)
            args << QStringLiteral("--keep-partial");
    }
    args << QStringLiteral("-e") << QString::number(spec.sshPort);
    args << QStringLiteral("-l") << QLatin1Char('"') + spec.location + QLatin1Char('"');
    args << QStringLiteral("-p") << QString::number(spec.dockerPort);
    if (spec.size != QLatin1String("Small") || sshKeys)
        args << QStringLiteral("-z") << shellQuote(spec.size);
    if (QDir::cleanPath(spec.effectiveCertDir()) !=
        QDir::cleanPath(certs::DockerTlsStore::defaultDirectory()))
        args << certDirOption << shellQuote(nativeDir(spec.certDir));
    args << shellQuote(spec.dnsName) << shellQuote(spec.imageName) << shellQuote(spec.userName);
    return args;
}

} // namespace

ProvisioningSession::ProvisioningSession(Subscriptions *subscriptions, Catalogue *catalogue,
                                         Options options, QObject *parent)
    : QObject(parent), m_subscriptions(subscriptions), m_catalogue(catalogue),
      m_options(std::move(options)), m_spec(m_options.initial),
      m_steps(new ProvisioningStepModel(this))
{
    m_spec.keyType = m_options.keyType;
    m_spec.password.clear(); // never remembered
    m_nameTimer.setSingleShot(true);
    m_nameTimer.setInterval(m_options.nameDebounceMs);
    connect(&m_nameTimer, &QTimer::timeout, this, &ProvisioningSession::checkNameNow);
    // A name check in flight dies with the client it runs on.
    connect(subscriptions, &Subscriptions::clientAboutToChange, this,
            &ProvisioningSession::dropNameCheck);

    for (auto signal : {&ProvisioningSession::dnsNameChanged, &ProvisioningSession::specChanged,
                        &ProvisioningSession::portsChanged, &ProvisioningSession::certDirChanged})
        connect(this, signal, this, &ProvisioningSession::commandLinesChanged);
    connect(catalogue, &Catalogue::locationChanged, this,
            &ProvisioningSession::commandLinesChanged);
    connect(catalogue, &Catalogue::imageNameChanged, this,
            &ProvisioningSession::commandLinesChanged);
    refreshCertReport();
}

ProvisioningSession::~ProvisioningSession()
{
    if (m_provisioner)
        m_provisioner->disconnect(this);
}

VmSpec ProvisioningSession::spec() const
{
    VmSpec spec = m_spec;
    spec.location = m_catalogue->location();
    spec.imageName = m_catalogue->imageName();
    spec.dnsSuffix = dnsSuffix();
    return spec;
}

bool ProvisioningSession::isBusy() const
{
    return m_nameCheck || m_state == State::Running || m_state == State::Cancelling;
}

void ProvisioningSession::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

// --- DNS name -------------------------------------------------------------------------------

QString ProvisioningSession::dnsSuffix() const
{
    cloud::Cloud *cloud = currentCloud();
    if (!cloud)
        return m_spec.dnsSuffix;
    // The cloud names the host (classic: <name>.cloudapp.net or its sovereign cloud's suffix;
    // ARM: <label>.<region>.cloudapp.azure.com).
    VmSpec probe = m_spec;
    probe.location = m_catalogue->location();
    probe.dnsName = QStringLiteral("x");
    const QString host = cloud->hostName(probe);
    return host.startsWith(QLatin1String("x.")) ? host.mid(2) : m_spec.dnsSuffix;
}

QString ProvisioningSession::hostName() const
{
    return m_spec.dnsName.isEmpty() ? QString() : spec().hostName();
}

bool ProvisioningSession::isNameConfirmed() const
{
    return m_nameState == NameState::Available && m_nameChecked == m_spec.dnsName;
}

cloud::Cloud *ProvisioningSession::currentCloud() const
{
    return m_options.cloud ? m_options.cloud() : nullptr;
}

QString ProvisioningSession::fieldError(cloud::FieldError::Field field) const
{
    const VmSpec current = spec();
    if (cloud::Cloud *cloud = currentCloud())
        return cloud->validateField(field, current);
    for (const cloud::FieldError &e : cloud::validate(current))
        if (e.field == field)
            return e.message;
    return QString();
}

void ProvisioningSession::dropNameCheck()
{
    if (!m_nameCheck)
        return;
    QObject *context = m_nameCheck;
    m_nameCheck = nullptr;
    m_subscriptions->releaseClient(context);
    delete context; // the cloud calls back only while the context lives
    updateBusy();
}

void ProvisioningSession::resetNameCheck()
{
    dropNameCheck();
    if (!m_spec.dnsName.isEmpty())
        setNameState(NameState::Unknown, QString());
    emit dnsNameChanged();
}

void ProvisioningSession::setDnsName(const QString &rawName)
{
    const QString name = rawName.trimmed().toLower();
    if (name == m_spec.dnsName)
        return;
    m_spec.dnsName = name;
    emit dnsNameChanged();
    restartNameCheck();
}

void ProvisioningSession::restartNameCheck()
{
    const QString name = m_spec.dnsName;
    dropNameCheck();
    m_nameChecked.clear();
    if (name.isEmpty()) {
        m_nameTimer.stop();
        setNameState(NameState::Unknown, QString());
        return;
    }
    const QString invalid = fieldError(cloud::FieldError::Field::DnsName);
    if (!invalid.isEmpty()) {
        m_nameTimer.stop();
        setNameState(NameState::Invalid, invalid);
        return;
    }
    setNameState(NameState::Checking, checkingText());
    m_nameTimer.start();
}

QString ProvisioningSession::checkingText() const
{
    if (m_spec.nodes > 1)
        return tr("Checking whether the names of the %n hosts are free…", nullptr, m_spec.nodes);
    return tr("Checking whether %1 is free…").arg(hostName());
}

void ProvisioningSession::checkNameNow()
{
    m_nameTimer.stop();
    const QString name = m_spec.dnsName;
    if (name.isEmpty() || !fieldError(cloud::FieldError::Field::DnsName).isEmpty()) {
        emit nameCheckFinished(false);
        return;
    }
    cloud::Cloud *cloud = currentCloud();
    if (!cloud) {
        setNameState(NameState::Error, tr("No subscription is selected, so the name cannot be "
                                          "checked. Go back and choose one."));
        emit nameCheckFinished(false);
        return;
    }
    dropNameCheck();
    setNameState(NameState::Checking, checkingText());
    auto *context = new QObject(this);
    m_nameCheck = context;
    m_nameChecked = name;
    m_subscriptions->holdClient(context);
    cloud->checkName(spec(), context, [this, context, name](const cloud::NameCheck &check) {
        if (m_nameCheck == context)
            m_nameCheck = nullptr;
        m_subscriptions->releaseClient(context);
        context->deleteLater();
        updateBusy();
        if (name != m_spec.dnsName)
            return;
        if (check.available)
            setNameState(NameState::Available, check.message);
        else if (check.error)
            setNameState(NameState::Error, tr("%1 Next checks again.").arg(check.message));
        else
            setNameState(NameState::Taken, check.message);
        emit nameCheckFinished(m_nameState == NameState::Available);
    });
    updateBusy();
}

void ProvisioningSession::setNameState(NameState state, const QString &message)
{
    if (state == m_nameState && message == m_nameMessage)
        return;
    m_nameState = state;
    m_nameMessage = message;
    emit nameStateChanged();
}

// --- the rest of the virtual machine --------------------------------------------------------

void ProvisioningSession::setVmSize(const QString &size)
{
    if (size == m_spec.size)
        return;
    m_spec.size = size;
    emit specChanged();
}

void ProvisioningSession::setUserName(const QString &name)
{
    if (name == m_spec.userName)
        return;
    m_spec.userName = name;
    emit specChanged();
}

QString ProvisioningSession::userNameError() const
{
    return m_spec.userName.isEmpty() ? QString() : fieldError(cloud::FieldError::Field::UserName);
}

void ProvisioningSession::setPassword(const QString &password)
{
    if (password == m_spec.password)
        return;
    m_spec.password = password;
    emit passwordChanged();
}

void ProvisioningSession::setPasswordConfirmation(const QString &password)
{
    if (password == m_passwordConfirmation)
        return;
    m_passwordConfirmation = password;
    emit passwordChanged();
}

QList<cloud::PasswordRule> ProvisioningSession::passwordChecklist() const
{
    cloud::Cloud *cloud = currentCloud();
    QList<cloud::PasswordRule> rules = cloud ? cloud->passwordChecklist(m_spec.password)
                                             : cloud::passwordChecklist(m_spec.password);
    rules << cloud::PasswordRule{tr("Both entries match"), passwordsMatch()};
    return rules;
}

bool ProvisioningSession::passwordsMatch() const
{
    return !m_spec.password.isEmpty() && m_spec.password == m_passwordConfirmation;
}

bool ProvisioningSession::isPasswordAcceptable() const
{
    return fieldError(cloud::FieldError::Field::Password).isEmpty();
}

bool ProvisioningSession::isVirtualMachineComplete() const
{
    // No password at all is fine where the cloud's rule allows it (an SSH key instead).
    const bool noPassword = m_spec.password.isEmpty() && m_passwordConfirmation.isEmpty();
    return fieldError(cloud::FieldError::Field::DnsName).isEmpty() &&
           m_nameState != NameState::Taken && m_nameState != NameState::Invalid &&
           !m_spec.userName.isEmpty() && userNameError().isEmpty() && isPasswordAcceptable() &&
           (passwordsMatch() || noPassword) && sshPortError().isEmpty() &&
           sshKeyError().isEmpty() && allowFromError().isEmpty() &&
           resourceGroupError().isEmpty() && nodesError().isEmpty() && managersError().isEmpty();
}

// --- several hosts --------------------------------------------------------------------------

void ProvisioningSession::setNodes(int nodes)
{
    if (nodes == m_spec.nodes)
        return;
    m_spec.nodes = nodes;
    if (!m_managersSet)
        m_spec.managers = cloud::defaultManagers(qBound(1, nodes, kMaxWizardNodes));
    emit nodesChanged();
    emit specChanged();
    emit portsChanged(); // classic: every host needs its own public ports
    // On Resource Manager each host has its own DNS label NAME-i: the answer for one host does
    // not hold for three.
    restartNameCheck();
}

void ProvisioningSession::setManagers(int managers)
{
    m_managersSet = true;
    if (managers == m_spec.managers)
        return;
    m_spec.managers = managers;
    emit nodesChanged();
    emit specChanged();
}

void ProvisioningSession::setKeepPartial(bool keep)
{
    if (keep == m_keepPartial)
        return;
    m_keepPartial = keep;
    emit nodesChanged();
    emit commandLinesChanged();
}

QString ProvisioningSession::nodesError() const
{
    const int n = m_spec.nodes;
    if (n < 1)
        return tr("Enter the number of hosts: 1 for a single Docker host, 2 to %1 for a swarm.")
            .arg(kMaxWizardNodes);
    if (n > kMaxWizardNodes) {
        if (n > cloud::kMaxNodes)
            return tr("The wizard creates at most %1 hosts, and the command line at most %2; %3 "
                      "is too many. Choose %1 or fewer here.")
                .arg(kMaxWizardNodes)
                .arg(cloud::kMaxNodes)
                .arg(n);
        return tr("The wizard creates at most %1 hosts (you entered %2). Choose %1 or fewer, or "
                  "create %2 with the command line: docker-vm create --nodes %2 …")
            .arg(kMaxWizardNodes)
            .arg(n);
    }
    if (n == 1)
        return {};
    // The cloud's own rules for NAME-1 … NAME-N (ARM: the longest DNS label and VM name).
    VmSpec probe = spec();
    probe.managers = 1;
    if (cloud::Cloud *cloud = currentCloud())
        return cloud->validateField(cloud::FieldError::Field::Nodes, probe);
    return {};
}

QString ProvisioningSession::managersError() const
{
    const int n = m_spec.nodes;
    const int m = m_spec.managers;
    if (n <= 1 || n > kMaxWizardNodes)
        return {};
    if (m < 1)
        return tr("A swarm needs at least one manager. Choose 1 (or 3 to survive the loss of one "
                  "manager).");
    if (m > n)
        return tr("%1 managers need at least %1 hosts, and there are %2. Choose fewer managers "
                  "or more hosts.")
            .arg(m)
            .arg(n);
    if (m % 2 == 0) {
        const QString choices =
            m + 1 <= n ? tr("%1 or %2").arg(m - 1).arg(m + 1) : QString::number(m - 1);
        return tr("The number of managers must be odd: %1 managers survive no more manager "
                  "losses than %2, and a tie can stop the swarm. Choose %3.")
            .arg(m)
            .arg(m - 1)
            .arg(choices);
    }
    return {};
}

QList<ProvisioningSession::NodePlan> ProvisioningSession::nodePlan() const
{
    QList<NodePlan> plan;
    if (m_spec.nodes <= 1 || m_spec.nodes > kMaxWizardNodes)
        return plan;
    const VmSpec s = spec();
    cloud::Cloud *cloud = currentCloud();
    // Classic: NAME-i are role instances of one cloud service (one DNS name, a public port pair
    // per host: classic/requests.h); ARM: a VM with a public IP and DNS label of its own each.
    const bool oneService = !cloud || cloud->kind() == cloud::Kind::Classic;
    for (int i = 1; i <= s.nodes; ++i) {
        NodePlan p;
        p.name = cloud::nodeName(s.effectiveVmName(), i);
        if (oneService) {
            p.hostName = hostName();
            p.dockerPort = classic::nodeDockerPort(s, i);
            p.sshPort = classic::nodeSshPort(s, i);
        } else {
            VmSpec node = s;
            node.dnsName = cloud::nodeName(s.dnsName, i);
            p.hostName = s.dnsName.isEmpty() ? QString() : cloud->hostName(node);
            p.dockerPort = s.dockerPort;
            p.sshPort = s.sshPort;
        }
        p.manager = i <= s.managers;
        p.leader = i == 1;
        plan << p;
    }
    return plan;
}

bool ProvisioningSession::supportsSshKeys() const
{
    cloud::Cloud *cloud = currentCloud();
    return cloud && cloud->supportsSshKeys();
}

void ProvisioningSession::setSshKeyFile(const QString &path)
{
    if (path == m_spec.sshKeyFile)
        return;
    m_spec.sshKeyFile = path;
    m_spec.sshPublicKey.clear(); // the run reads the file
    emit specChanged();
    emit passwordChanged(); // whether a password is needed
}

QString ProvisioningSession::sshKeyError() const
{
    return supportsSshKeys() ? fieldError(cloud::FieldError::Field::SshKey) : QString();
}

void ProvisioningSession::setAllowFrom(const QString &cidr)
{
    const QString value = cidr.trimmed();
    if (value == m_spec.allowFrom)
        return;
    m_spec.allowFrom = value;
    emit specChanged();
}

QString ProvisioningSession::allowFromError() const
{
    return supportsSshKeys() ? fieldError(cloud::FieldError::Field::AllowFrom) : QString();
}

void ProvisioningSession::setResourceGroup(const QString &group)
{
    const QString value = group.trimmed();
    if (value == m_spec.resourceGroup)
        return;
    m_spec.resourceGroup = value;
    emit specChanged();
    emit commandLinesChanged();
}

QString ProvisioningSession::resourceGroupError() const
{
    return supportsSshKeys() && !m_spec.resourceGroup.isEmpty()
               ? fieldError(cloud::FieldError::Field::ResourceGroup)
               : QString();
}

void ProvisioningSession::applyDefaults(const VmSpec &defaults)
{
    m_spec.size = defaults.size;
    m_spec.dockerPort = defaults.dockerPort;
    m_spec.sshKeyFile = defaults.sshKeyFile;
    m_spec.sshPublicKey = defaults.sshPublicKey;
    m_spec.allowFrom = defaults.allowFrom;
    m_spec.keyType = defaults.keyType;
    emit specChanged();
    emit portsChanged();
    emit passwordChanged();
    emit dnsNameChanged();
    emit commandLinesChanged();
}

// --- ports and certificates -----------------------------------------------------------------

void ProvisioningSession::setSshPort(int port)
{
    if (port == m_spec.sshPort)
        return;
    m_spec.sshPort = port;
    emit portsChanged();
}

void ProvisioningSession::setDockerPort(int port)
{
    if (port == m_spec.dockerPort)
        return;
    m_spec.dockerPort = port;
    emit portsChanged();
}

QString ProvisioningSession::sshPortError() const
{
    return fieldError(cloud::FieldError::Field::SshPort);
}

QString ProvisioningSession::dockerPortError() const
{
    const QString invalid = fieldError(cloud::FieldError::Field::DockerPort);
    if (!invalid.isEmpty())
        return invalid;
    if (isSwarm() && m_spec.nodes <= kMaxWizardNodes) {
        cloud::Cloud *cloud = currentCloud();
        if (!cloud || cloud->kind() == cloud::Kind::Classic)
            if (const QString p = classic::nodePortsProblem(spec()); !p.isEmpty())
                return p;
    }
    if (m_spec.dockerPort == m_spec.sshPort) {
        // Suggest a port that is free (neither this one nor the SSH port).
        int suggestion = 4243;
        for (const int candidate : {4243, 2376, 4244, 2377})
            if (candidate != m_spec.sshPort) {
                suggestion = candidate;
                break;
            }
        return tr("The Docker port %1 is also the SSH port, which is set on the previous page "
                  "(Virtual machine). Each endpoint needs its own public port: choose another "
                  "one here, e.g. %2, or go Back and change the SSH port.")
            .arg(m_spec.dockerPort)
            .arg(suggestion);
    }
    return QString();
}

void ProvisioningSession::setCertDir(const QString &dir)
{
    if (dir == m_spec.certDir)
        return;
    m_spec.certDir = dir;
    refreshCertReport();
}

bool ProvisioningSession::isDockerComplete() const
{
    return dockerPortError().isEmpty() && m_certDirUsable && !m_spec.certDir.isEmpty();
}

void ProvisioningSession::refreshCertReport()
{
    const QString dir = m_spec.effectiveCertDir();
    const QString shown = nativeDir(dir);
    const QString host = m_spec.dnsName.isEmpty() ? tr("the new host") : hostName();
    const certs::DockerTlsReport report = certs::DockerTlsStore(dir).inspect();
    QString text;
    bool usable = true;
    const auto shared = report.sharedErrors();
    if (!report.dirExists || report.isEmpty()) {
        text = tr("Will create a CA, a client certificate and a server certificate for %1 in %2.")
                   .arg(host, shown);
    } else if (!shared.isEmpty()) {
        usable = false;
        QStringList lines;
        for (const auto &p : shared)
            lines << p.message;
        text = tr("Cannot use the certificates in %1:\n%2\nChoose another folder, or fix or move "
                  "these files.")
                   .arg(shown, lines.join(QLatin1Char('\n')));
    } else if (report.ca.exists && report.clientCert.exists) {
        const bool hasServer = !m_spec.dnsName.isEmpty() && report.host(hostName().toLower()) &&
                               report.errorsForHost(hostName().toLower()).isEmpty();
        text = hasServer ? tr("Will reuse the CA, the client certificate and the server "
                              "certificate for %1 from %2.")
                               .arg(host, shown)
                         : tr("Will reuse the CA and client certificate from %1 and create a "
                              "server certificate for %2.")
                               .arg(shown, host);
    } else {
        text = tr("Will create the missing CA or client certificate in %1, and a server "
                  "certificate for %2.")
                   .arg(shown, host);
    }
    for (const auto &p : report.problems) {
        if (p.severity == certs::DockerTlsProblem::Severity::Warning)
            text += QLatin1Char('\n') + p.message;
    }
    if (text == m_certReportText && usable == m_certDirUsable)
        return;
    m_certReportText = text;
    m_certDirUsable = usable;
    emit certDirChanged();
}

// --- review ---------------------------------------------------------------------------------

QString ProvisioningSession::azureCommandLine() const
{
    if (supportsSshKeys() || isSwarm())
        return QString(); // the 2014 command created one classic VM only
    QStringList args{QStringLiteral("azure"), QStringLiteral("vm"), QStringLiteral("docker"),
                     QStringLiteral("create")};
    args << createArguments(spec(), QStringLiteral("--docker-cert-dir")) << QStringLiteral("****");
    return args.join(QLatin1Char(' '));
}

QString ProvisioningSession::dockerVmCommandLine() const
{
    QStringList args{QStringLiteral("docker-vm"), QStringLiteral("create")};
    // The password is not an argument: docker-vm asks for it without echo.
    args << createArguments(spec(), QStringLiteral("-C"), supportsSshKeys(), m_keepPartial);
    return args.join(QLatin1Char(' '));
}

QList<QPair<QString, QString>> ProvisioningSession::summary() const
{
    cloud::Cloud *cloud = currentCloud();
    const classic::Subscription subscription = m_subscriptions->current();
    const QString name = cloud ? cloud->accountName() : subscription.name;
    const QString id = cloud ? cloud->accountId() : subscription.id;
    QList<QPair<QString, QString>> rows{
        {tr("Subscription"), QStringLiteral("%1 (%2)").arg(name, id)},
        {tr("Region"), m_catalogue->location()},
        {tr("Image"), m_catalogue->imageLabel()},
        {tr("Host name"), hostName()},
        {tr("Size"), m_catalogue->sizeLabel(m_spec.size)},
        {tr("User"), m_spec.userName},
        {tr("Password"), m_spec.password.isEmpty() ? tr("(none)") : QStringLiteral("********")},
        {tr("SSH port"),
         m_spec.sshPort == 0 ? tr("no SSH endpoint") : QString::number(m_spec.sshPort)},
        {tr("Docker port"), QString::number(m_spec.dockerPort)},
        {tr("Certificates"), m_certReportText},
    };
    if (supportsSshKeys()) {
        const VmSpec s = spec();
        rows.insert(6, {tr("SSH key"), s.sshKeyFile.isEmpty() ? tr("(none: password sign-in)")
                                                              : nativeDir(s.sshKeyFile)});
        rows.insert(9, {tr("Allowed from"), s.allowFrom == QLatin1String("*")
                                                ? tr("any address (the whole internet)")
                                                : s.allowFrom});
    }
    if (isSwarm()) {
        // One row per host (name, role, where Docker and SSH answer) instead of the one host's
        // name and ports.
        QStringList hosts;
        for (const NodePlan &n : nodePlan()) {
            const QString role = n.leader    ? tr("manager, leader")
                                 : n.manager ? tr("manager")
                                             : tr("worker");
            const QString ssh =
                n.sshPort == 0 ? tr("no SSH endpoint") : tr("SSH port %1").arg(n.sshPort);
            hosts << tr("%1 (%2): Docker %3:%4, %5")
                         .arg(n.name, role, n.hostName.isEmpty() ? tr("<name>") : n.hostName)
                         .arg(n.dockerPort)
                         .arg(ssh);
        }
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            const QString label = rows.at(i).first;
            if (label == tr("SSH port") || label == tr("Docker port"))
                rows.removeAt(i);
            else if (label == tr("Host name"))
                rows[i] = {tr("Hosts"), hosts.join(QLatin1Char('\n'))};
            else if (label == tr("Certificates") && m_certDirUsable)
                rows[i].second = tr("One CA and one client certificate for all the hosts (reused "
                                    "when %1 holds them), and a server certificate for each host.")
                                     .arg(nativeDir(m_spec.effectiveCertDir()));
        }
        rows << QPair<QString, QString>{
            tr("Swarm"),
            tr("Managers: %1, workers: %2. %3 creates the swarm, the others join it on their "
               "private addresses. The swarm ports (2377, 7946, 4789) are open between the hosts "
               "only, never to the internet.")
                .arg(m_spec.managers)
                .arg(m_spec.nodes - m_spec.managers)
                .arg(cloud::nodeName(spec().effectiveVmName(), 1))};
        rows << QPair<QString, QString>{
            tr("If a host fails"),
            m_keepPartial ? tr("Keep the swarm of the hosts that work; the failed hosts' own "
                               "resources are removed.")
                          : tr("Remove everything this run created (no swarm is left).")};
    }
    // What Create makes, in the cloud's words.
    if (const QString made = cloud ? cloud->createDescription(spec()) : QString(); !made.isEmpty())
        rows.insert(1, {tr("Will create"), made});
    return rows;
}

QString ProvisioningSession::costNote() const
{
    cloud::Cloud *cloud = currentCloud();
    return cloud ? cloud->costNote(spec()) : QString();
}

// --- the run --------------------------------------------------------------------------------

bool ProvisioningSession::canStart() const
{
    return m_state != State::Running && m_state != State::Cancelling && currentCloud();
}

void ProvisioningSession::start()
{
    if (m_state == State::Running || m_state == State::Cancelling)
        return;
    cloud::Cloud *cloud = currentCloud();
    if (!cloud) {
        appendLog(tr("No subscription is selected. Go back and choose one."));
        return;
    }
    if (m_provisioner) {
        m_provisioner->disconnect(this);
        m_provisioner->deleteLater();
    }
    cloud::RunOptions options = classic::ClassicCloud::runOptions(m_options.provisioner);
    // The cloud's key type when it asks for small keys (ARM: ECDSA, the certificates travel in
    // customData), else the wizard's.
    options.tls.keyType =
        m_spec.keyType == certs::KeyType::EcdsaP256 ? m_spec.keyType : m_options.keyType;
    const VmSpec runSpec = spec();
    options.keepPartial = m_keepPartial && runSpec.nodes > 1;
    m_provisioner = cloud->create(runSpec, options, this);
    m_subscriptions->holdClient(m_provisioner);
    m_steps->setRun(m_provisioner);
    m_log.clear();
    emit logChanged();
    connect(m_provisioner, &cloud::ProvisioningRun::message, this, &ProvisioningSession::appendLog);
    connect(m_provisioner, &cloud::ProvisioningRun::finished, this,
            &ProvisioningSession::onFinished);
    m_state = State::Running;
    emit stateChanged();
    updateBusy();
    if (runSpec.nodes > 1)
        appendLog(tr("Creating %1 hosts %2 … %3 as one swarm in %4 from %5 as %6.")
                      .arg(runSpec.nodes)
                      .arg(cloud::nodeName(runSpec.effectiveVmName(), 1),
                           cloud::nodeName(runSpec.effectiveVmName(), runSpec.nodes),
                           runSpec.location, runSpec.imageName, runSpec.size));
    else
        appendLog(tr("Creating %1 in %2 from %3 as %4.")
                      .arg(runSpec.hostName(), runSpec.location, runSpec.imageName, runSpec.size));
    m_provisioner->start();
}

void ProvisioningSession::cancel()
{
    if (!m_provisioner || m_state != State::Running)
        return;
    m_state = State::Cancelling;
    emit stateChanged();
    appendLog(tr("Cancelling: removing what this run created…"));
    m_provisioner->cancel();
}

void ProvisioningSession::forgetRun()
{
    if (m_state == State::NotStarted || m_state == State::Running || m_state == State::Cancelling)
        return;
    const bool hostMade = m_state == State::Succeeded;
    if (m_provisioner) {
        m_lastRunOverrides = m_provisioner->result().hostOverrides;
        m_provisioner->disconnect(this);
        m_provisioner->deleteLater();
        m_provisioner = nullptr;
    }
    m_steps->setRun(nullptr);
    m_state = State::NotStarted;
    emit stateChanged();
    if (hostMade) {
        m_nameChecked.clear();
        if (!m_spec.dnsName.isEmpty())
            setNameState(NameState::Unknown, QString());
        emit dnsNameChanged();
    }
    updateBusy();
}

void ProvisioningSession::onFinished(bool ok)
{
    m_subscriptions->releaseClient(m_provisioner);
    const cloud::RunResult r = m_provisioner->result();
    m_state = ok ? State::Succeeded : (r.cancelled ? State::Cancelled : State::Failed);
    for (const QString &line : r.removed)
        appendLog(tr("Removed: %1").arg(line));
    for (const QString &line : r.leftBehind)
        appendLog(tr("Could not remove: %1").arg(line));
    appendLog(resultText());
    emit stateChanged();
    updateBusy();
}

cloud::RunResult ProvisioningSession::result() const
{
    return m_provisioner ? m_provisioner->result() : cloud::RunResult();
}

HostOverrides ProvisioningSession::hostOverrides() const
{
    if (m_provisioner)
        return m_provisioner->result().hostOverrides;
    return m_lastRunOverrides.isEmpty() ? m_options.provisioner.hostOverrides : m_lastRunOverrides;
}

QString ProvisioningSession::resultText() const
{
    if (!m_provisioner)
        return QString();
    const cloud::RunResult r = m_provisioner->result();
    const VmSpec s = spec();
    QString removed;
    if (!r.removed.isEmpty())
        removed = tr("Removed: %1.").arg(r.removed.join(QStringLiteral(", ")));
    QString left;
    if (!r.leftBehind.isEmpty())
        left = tr("Still in Azure: %1. Remove it with `docker-vm cleanup` or in the Azure portal.")
                   .arg(r.leftBehind.join(QStringLiteral(", ")));
    const auto join = [](QStringList parts) {
        parts.removeAll(QString());
        return parts.join(QLatin1Char(' '));
    };
    switch (m_state) {
    case State::NotStarted:
        return QString();
    case State::Running:
        return tr("Creating %1…").arg(s.hostName());
    case State::Cancelling:
        return tr("Cancelling and removing what was created…");
    case State::Succeeded:
        if (!r.nodes.isEmpty()) {
            QStringList failed;
            int joined = 0;
            for (const cloud::NodeResult &n : r.nodes) {
                if (n.ok)
                    ++joined;
                else
                    failed << tr("%1 (%2)").arg(n.name, n.error);
            }
            const QString leader = tr("The leader %1 answers Docker on %2:%3 with the "
                                      "certificates in %4.")
                                       .arg(r.swarmLeader, r.hostName)
                                       .arg(r.dockerPort)
                                       .arg(nativeDir(r.certDir));
            if (r.partial)
                return join({tr("The swarm %1 is ready with %2 of its %3 hosts. Failed and "
                                "removed: %4.")
                                 .arg(s.dnsName)
                                 .arg(joined)
                                 .arg(r.nodes.size())
                                 .arg(failed.join(QStringLiteral("; "))),
                             leader});
            return join(
                {tr("The swarm %1 of %2 hosts is ready.").arg(s.dnsName).arg(joined), leader});
        }
        return tr("%1 is ready: Docker answers on port %2 with the certificates in %3.")
            .arg(r.hostName.isEmpty() ? s.hostName() : r.hostName)
            .arg(r.dockerPort ? r.dockerPort : s.dockerPort)
            .arg(nativeDir(r.certDir.isEmpty() ? s.effectiveCertDir() : r.certDir));
    case State::Cancelled:
        return join({tr("Cancelled."),
                     r.removed.isEmpty() && r.leftBehind.isEmpty()
                         ? tr("Nothing had been created in Azure yet.")
                         : removed,
                     left});
    case State::Failed:
        return join({r.error, removed, left});
    }
    return QString();
}

void ProvisioningSession::appendLog(const QString &line)
{
    const QString stamped = QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line);
    m_log << stamped;
    qCInfo(lcUi).noquote() << line;
    emit logLineAdded(stamped);
    emit logChanged();
}

} // namespace dockervm::wizard
