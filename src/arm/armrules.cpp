#include "arm/armrules.h"

#include "cloud/swarmsteps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

#include <optional>

namespace dockervm::arm::rules {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::arm::rules)
};

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// One field of an OpenSSH key blob: uint32 length (big endian) + bytes.
std::optional<QByteArray> readSshString(const QByteArray &blob, int &pos)
{
    if (pos + 4 > blob.size())
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(blob.constData() + pos);
    const quint32 len = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    pos += 4;
    if (len > quint32(blob.size() - pos))
        return std::nullopt;
    const QByteArray out = blob.mid(pos, int(len));
    pos += int(len);
    return out;
}

int mpintBits(const QByteArray &mpint)
{
    int i = 0;
    while (i < mpint.size() && mpint.at(i) == 0)
        ++i;
    if (i == mpint.size())
        return 0;
    int bits = (mpint.size() - i - 1) * 8;
    for (unsigned char top = uchar(mpint.at(i)); top; top >>= 1)
        ++bits;
    return bits;
}

} // namespace

QString validateDnsLabel(const QString &label)
{
    if (label.isEmpty())
        return Tr::tr("Enter a DNS label: the host will be <label>.<region>.cloudapp.azure.com.");
    if (label.size() < 3 || label.size() > 63)
        return Tr::tr("The DNS label must be 3 to 63 characters long (it has %1).")
            .arg(label.size());
    if (label != label.toLower())
        return Tr::tr("The DNS label may only use lower-case letters: try \"%1\".")
            .arg(label.toLower());
    for (const QChar c : label) {
        if (!isLowerAlnum(c) && c != QLatin1Char('-'))
            return Tr::tr("The DNS label may only contain lower-case letters, digits and hyphens "
                          "(\"%1\" is not allowed).")
                .arg(c);
    }
    if (!(label.front() >= QLatin1Char('a') && label.front() <= QLatin1Char('z')))
        return Tr::tr("The DNS label must start with a letter.");
    if (label.back() == QLatin1Char('-'))
        return Tr::tr("The DNS label must end with a letter or a digit, not a hyphen.");
    return {};
}

QString validateVmName(const QString &name)
{
    if (name.isEmpty())
        return {};
    if (name.size() > 64)
        return Tr::tr("The VM name must be at most 64 characters long (it has %1).")
            .arg(name.size());
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9-]*$"));
    if (!re.match(name).hasMatch())
        return Tr::tr(
            "The VM name may only contain letters, digits and hyphens and must start with "
            "a letter.");
    if (name.endsWith(QLatin1Char('-')))
        return Tr::tr("The VM name must not end with a hyphen.");
    return {};
}

QString validateResourceGroupName(const QString &name)
{
    if (name.isEmpty())
        return {};
    if (name.size() > 90)
        return Tr::tr("The resource group name must be at most 90 characters long (it has %1).")
            .arg(name.size());
    static const QRegularExpression re(QStringLiteral("^[-\\w._()]+$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    if (!re.match(name).hasMatch())
        return Tr::tr("The resource group name may only contain letters, digits, underscores, "
                      "hyphens, periods and parentheses.");
    if (name.endsWith(QLatin1Char('.')))
        return Tr::tr("The resource group name must not end with a period.");
    return {};
}

QStringList reservedUserNames()
{
    return {QStringLiteral("administrator"),
            QStringLiteral("admin"),
            QStringLiteral("user"),
            QStringLiteral("user1"),
            QStringLiteral("test"),
            QStringLiteral("user2"),
            QStringLiteral("test1"),
            QStringLiteral("user3"),
            QStringLiteral("admin1"),
            QStringLiteral("1"),
            QStringLiteral("123"),
            QStringLiteral("a"),
            QStringLiteral("actuser"),
            QStringLiteral("adm"),
            QStringLiteral("admin2"),
            QStringLiteral("aspnet"),
            QStringLiteral("backup"),
            QStringLiteral("console"),
            QStringLiteral("david"),
            QStringLiteral("guest"),
            QStringLiteral("john"),
            QStringLiteral("owner"),
            QStringLiteral("root"),
            QStringLiteral("server"),
            QStringLiteral("sql"),
            QStringLiteral("support"),
            QStringLiteral("support_388945a0"),
            QStringLiteral("sys"),
            QStringLiteral("test2"),
            QStringLiteral("test3"),
            QStringLiteral("user4"),
            QStringLiteral("user5")};
}

QString validateUserName(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("Enter a user name for the VM's administrator.");
    if (name.size() > 64)
        return Tr::tr("The user name must be at most 64 characters long (it has %1).")
            .arg(name.size());
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_.-]*$"));
    if (!re.match(name).hasMatch())
        return Tr::tr("The user name must start with a lower-case letter or an underscore and "
                      "contain only lower-case letters, digits, '_', '-' and '.'.");
    if (reservedUserNames().contains(name))
        return Tr::tr("\"%1\" is reserved on Azure Linux VMs; choose another user name.").arg(name);
    if (name == QLatin1String("docker"))
        return Tr::tr(
            "\"docker\" is the group the Docker package creates on the VM; choose another "
            "user name.");
    return {};
}

QStringList bannedPasswords()
{
    return {QStringLiteral("abc@123"),    QStringLiteral("P@$$w0rd"),
            QStringLiteral("P@ssw0rd"),   QStringLiteral("P@ssword123"),
            QStringLiteral("Pa$$word"),   QStringLiteral("pass@word1"),
            QStringLiteral("Password!"),  QStringLiteral("Password1"),
            QStringLiteral("Password22"), QStringLiteral("iloveyou!")};
}

namespace {
struct Classes
{
    bool lower = false, upper = false, digit = false, special = false, control = false;
    int count() const { return int(lower) + int(upper) + int(digit) + int(special); }
};
Classes classesOf(const QString &password)
{
    Classes c;
    for (const QChar ch : password) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            c.control = true;
        else if (ch.isLower())
            c.lower = true;
        else if (ch.isUpper())
            c.upper = true;
        else if (ch.isDigit())
            c.digit = true;
        else
            c.special = true; // [\W_]
    }
    return c;
}
} // namespace

QList<cloud::PasswordRule> passwordChecklist(const QString &password)
{
    const Classes c = classesOf(password);
    return {
        {Tr::tr("%1 to %2 characters").arg(kPasswordMin).arg(kPasswordMax),
         password.size() >= kPasswordMin && password.size() <= kPasswordMax},
        {Tr::tr("A lower-case letter"), c.lower},
        {Tr::tr("An upper-case letter"), c.upper},
        {Tr::tr("A digit"), c.digit},
        {Tr::tr("A special character (anything but a letter or a digit)"), c.special},
        {Tr::tr("At least three of the four kinds above"), c.count() >= 3},
        {Tr::tr("Not one of the passwords Azure refuses (such as P@ssw0rd)"),
         !password.isEmpty() && !bannedPasswords().contains(password)},
    };
}

QString validatePassword(const QString &password)
{
    if (password.isEmpty())
        return Tr::tr("Enter a password for the VM's administrator, or give an SSH public key.");
    if (password.size() < kPasswordMin || password.size() > kPasswordMax)
        return Tr::tr("The password must be %1 to %2 characters long (it has %3).")
            .arg(kPasswordMin)
            .arg(kPasswordMax)
            .arg(password.size());
    const Classes c = classesOf(password);
    if (c.control)
        return Tr::tr("The password must not contain control characters.");
    if (c.count() < 3) {
        QStringList missing;
        if (!c.lower)
            missing << Tr::tr("a lower-case letter");
        if (!c.upper)
            missing << Tr::tr("an upper-case letter");
        if (!c.digit)
            missing << Tr::tr("a digit");
        if (!c.special)
            missing << Tr::tr("a special character");
        return Tr::tr("The password needs at least three of lower-case, upper-case, digit and "
                      "special character; add %1.")
            .arg(missing.join(Tr::tr(" or ")));
    }
    if (bannedPasswords().contains(password))
        return Tr::tr("Azure refuses this password because it is widely used; choose another.");
    return {};
}

SshPublicKey parseSshPublicKey(const QByteArray &text)
{
    SshPublicKey key;
    if (text.contains("PRIVATE KEY-----")) {
        key.error = Tr::tr("this is a private key; give the public key instead (the .pub file next "
                           "to it, or `ssh-keygen -y -f <private key>` prints it)");
        return key;
    }
    if (text.contains("---- BEGIN SSH2 PUBLIC KEY ----")) {
        key.error =
            Tr::tr("this is an SSH2 (RFC 4716) public key; convert it with `ssh-keygen -i -f "
                   "<file>` to the OpenSSH one-line form");
        return key;
    }
    QByteArray line;
    for (const QByteArray &l : text.split('\n')) {
        const QByteArray t = l.trimmed();
        if (!t.isEmpty() && !t.startsWith('#')) {
            line = t;
            break;
        }
    }
    if (line.isEmpty()) {
        key.error = Tr::tr("it holds no public key");
        return key;
    }
    const QList<QByteArray> parts = line.simplified().split(' ');
    const QByteArray type = parts.value(0);
    static const QList<QByteArray> accepted = {"ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256",
                                               "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"};
    if (!accepted.contains(type)) {
        key.error =
            type.startsWith("ssh-dss")
                ? Tr::tr("DSA keys are not accepted by Azure; make an ed25519 key with "
                         "`ssh-keygen -t ed25519`")
                : Tr::tr("it does not start with ssh-rsa, ssh-ed25519 or ecdsa-sha2-nistp256/"
                         "384/521 (Azure accepts only these OpenSSH public keys)");
        return key;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(parts.value(1), QByteArray::AbortOnBase64DecodingErrors);
    if (parts.size() < 2 || !decoded || decoded.decoded.isEmpty()) {
        key.error =
            Tr::tr("the key data after \"%1\" is not valid base64").arg(QString::fromLatin1(type));
        return key;
    }
    const QByteArray blob = decoded.decoded;
    int pos = 0;
    const auto inner = readSshString(blob, pos);
    if (!inner || *inner != type) {
        key.error = Tr::tr("the key data does not hold a %1 key (the file is damaged or edited)")
                        .arg(QString::fromLatin1(type));
        return key;
    }
    key.type = QString::fromLatin1(type);
    if (type == "ssh-rsa") {
        const auto e = readSshString(blob, pos);
        const auto n = e ? readSshString(blob, pos) : std::nullopt;
        if (!n) {
            key.error = Tr::tr("the RSA key data is truncated");
            return key;
        }
        key.bits = mpintBits(*n);
        if (key.bits < 2048) {
            key.error =
                Tr::tr("this RSA key has %1 bits; Azure needs at least 2048 (make a new key "
                       "with `ssh-keygen -t ed25519`)")
                    .arg(key.bits);
            return key;
        }
    } else if (type == "ssh-ed25519") {
        const auto k = readSshString(blob, pos);
        if (!k || k->size() != 32) {
            key.error = Tr::tr("the ed25519 key data is damaged");
            return key;
        }
        key.bits = 256;
    } else {
        const auto curve = readSshString(blob, pos);
        const auto point = curve ? readSshString(blob, pos) : std::nullopt;
        if (!point || !type.endsWith(*curve)) {
            key.error = Tr::tr("the ECDSA key data is damaged");
            return key;
        }
        key.bits = curve->mid(5).toInt(); // "nistp256"
    }
    if (pos != blob.size()) {
        key.error = Tr::tr("the key data has trailing bytes (the file is damaged or edited)");
        return key;
    }
    key.comment = QString::fromUtf8(parts.mid(2).join(' '));
    key.line = QString::fromLatin1(type + ' ' + parts.value(1));
    if (!key.comment.isEmpty())
        key.line += QLatin1Char(' ') + key.comment;
    return key;
}

SshPublicKey readSshPublicKeyFile(const QString &path)
{
    SshPublicKey key;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        key.error =
            Tr::tr("The SSH public key file %1 does not exist. Give the .pub file of your key "
                   "(make one with `ssh-keygen -t ed25519`).")
                .arg(shown);
        return key;
    }
    if (info.isDir()) {
        key.error = Tr::tr("%1 is a folder, not an SSH public key file.").arg(shown);
        return key;
    }
    if (info.size() > 64 * 1024) {
        key.error = Tr::tr("%1 is too large to be an SSH public key (%2 bytes).")
                        .arg(shown)
                        .arg(info.size());
        return key;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        key.error =
            Tr::tr("Cannot read the SSH public key file %1: %2.").arg(shown, file.errorString());
        return key;
    }
    key = parseSshPublicKey(file.readAll());
    if (!key.error.isEmpty())
        key.error = Tr::tr("The SSH key file %1 cannot be used: %2.").arg(shown, key.error);
    return key;
}

QString defaultSshKeyFile()
{
    const QDir ssh(QDir::home().filePath(QStringLiteral(".ssh")));
    for (const char *name : {"id_ed25519.pub", "id_ecdsa.pub", "id_rsa.pub"}) {
        const QString path = ssh.filePath(QLatin1String(name));
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

QString validateAllowFrom(const QString &cidr)
{
    if (cidr == QLatin1String("*"))
        return {};
    if (cidr.isEmpty())
        return Tr::tr("Enter the source addresses allowed to reach the SSH and Docker ports: \"*\" "
                      "for any, or an IPv4 range such as 203.0.113.0/24.");
    const QString address = cidr.section(QLatin1Char('/'), 0, 0);
    const QString prefix =
        cidr.contains(QLatin1Char('/')) ? cidr.section(QLatin1Char('/'), 1) : QStringLiteral("32");
    static const QRegularExpression dotted(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const auto m = dotted.match(address);
    bool octetsOk = m.hasMatch();
    for (int i = 1; octetsOk && i <= 4; ++i)
        octetsOk = m.captured(i).toInt() <= 255;
    if (!octetsOk)
        return Tr::tr(
                   "\"%1\" is not an IPv4 address range: use \"*\" for any address, or a.b.c.d/n "
                   "such as 203.0.113.0/24.")
            .arg(cidr);
    bool prefixOk = false;
    const int bits = prefix.toInt(&prefixOk);
    if (!prefixOk || bits < 0 || bits > 32 || prefix.startsWith(QLatin1Char('+')))
        return Tr::tr("The prefix length in \"%1\" must be a number from 0 to 32.").arg(cidr);
    const quint32 ip = QHostAddress(address).toIPv4Address();
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    if ((ip & ~mask) != 0)
        return Tr::tr("\"%1\" has host bits set; the range starting there is %2/%3.")
            .arg(cidr, QHostAddress(ip & mask).toString())
            .arg(bits);
    return {};
}

QString validateSshPort(int port)
{
    if (port == 0 || port == 22)
        return {};
    return Tr::tr(
        "On Azure Resource Manager the SSH port is the one the VM's SSH server listens on, "
        "22 (a public IP does not translate ports); use 22, or 0 to open no SSH port.");
}

QString validateDockerPort(int dockerPort, int sshPort)
{
    if (dockerPort < 1 || dockerPort > 65535)
        return Tr::tr("The Docker port must be a number from 1 to 65535 (got %1).").arg(dockerPort);
    if (sshPort != 0 && dockerPort == sshPort)
        return Tr::tr("The Docker port must differ from the SSH port (both are %1).")
            .arg(dockerPort);
    return {};
}

QString validateField(cloud::FieldError::Field field, const cloud::VmSpec &spec)
{
    using F = cloud::FieldError::Field;
    switch (field) {
    case F::DnsName:
        return validateDnsLabel(spec.dnsName);
    case F::VmName:
        return validateVmName(spec.vmName);
    case F::Location:
        return spec.location.trimmed().isEmpty() ? Tr::tr("Choose a region.") : QString();
    case F::Image: {
        if (spec.imageName.trimmed().isEmpty())
            return Tr::tr("Choose an image.");
        const QStringList urn = spec.imageName.split(QLatin1Char(':'));
        if (urn.size() != 4 || urn.contains(QString()))
            return Tr::tr("The image \"%1\" is not a URN publisher:offer:sku:version (for example "
                          "Canonical:ubuntu-24_04-lts:server:latest).")
                .arg(spec.imageName);
        return {};
    }
    case F::Size:
        return spec.size.trimmed().isEmpty() ? Tr::tr("Choose a VM size.") : QString();
    case F::UserName:
        return validateUserName(spec.userName);
    case F::Password:
        if (!spec.sshPublicKey.isEmpty() || !spec.sshKeyFile.isEmpty())
            return spec.password.isEmpty() ? QString() : validatePassword(spec.password);
        return validatePassword(spec.password);
    case F::SshKey:
        if (!spec.sshPublicKey.isEmpty()) {
            const SshPublicKey key = parseSshPublicKey(spec.sshPublicKey.toUtf8());
            return key.ok() ? QString()
                            : Tr::tr("The SSH public key cannot be used: %1.").arg(key.error);
        }
        if (!spec.sshKeyFile.isEmpty())
            return readSshPublicKeyFile(spec.sshKeyFile).error;
        return {};
    case F::SshPort:
        return validateSshPort(spec.sshPort);
    case F::DockerPort:
        return validateDockerPort(spec.dockerPort, spec.sshPort);
    case F::ResourceGroup:
        return validateResourceGroupName(spec.resourceGroup);
    case F::AllowFrom:
        return validateAllowFrom(spec.allowFrom);
    case F::Nodes: {
        const QString message = cloud::validateNodes(spec.nodes, spec.managers);
        if (!message.isEmpty() || spec.nodes <= 1)
            return message;
        // Every node gets the DNS label and VM name NAME-i: the longest must pass too.
        const QString last = cloud::nodeName(spec.dnsName, spec.nodes);
        if (validateDnsLabel(spec.dnsName).isEmpty()) {
            if (const QString why = validateDnsLabel(last); !why.isEmpty())
                return Tr::tr(
                           "With %1 hosts the DNS labels are %2 … %3, and %3 breaks the DNS label "
                           "rule: %4 Choose a shorter name.")
                    .arg(spec.nodes)
                    .arg(cloud::nodeName(spec.dnsName, 1), last, why);
        }
        const QString lastVm = cloud::nodeName(spec.effectiveVmName(), spec.nodes);
        if (validateVmName(spec.vmName).isEmpty() && !validateVmName(lastVm).isEmpty())
            return Tr::tr("With %1 hosts the VM names are %2 … %3, and %3 breaks the VM name rule: "
                          "%4 Choose a shorter name.")
                .arg(spec.nodes)
                .arg(cloud::nodeName(spec.effectiveVmName(), 1), lastVm, validateVmName(lastVm));
        return {};
    }
    case F::CertDir:
        return {};
    }
    return {};
}

QList<cloud::FieldError> validate(const cloud::VmSpec &spec)
{
    using F = cloud::FieldError::Field;
    QList<cloud::FieldError> errors;
    for (F f :
         {F::DnsName, F::VmName, F::ResourceGroup, F::Location, F::Image, F::Size, F::UserName,
          F::SshKey, F::Password, F::SshPort, F::DockerPort, F::AllowFrom, F::Nodes}) {
        const QString message = validateField(f, spec);
        if (!message.isEmpty())
            errors.append({f, message});
    }
    return errors;
}

} // namespace dockervm::arm::rules
