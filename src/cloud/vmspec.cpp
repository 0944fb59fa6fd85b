#include "cloud/vmspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace dockervm::cloud {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmSpec)
};

} // namespace

QString VmSpec::effectiveCertDir() const
{
    return certDir.isEmpty() ? QDir::home().filePath(QStringLiteral(".docker")) : certDir;
}

QString extensionSchemaId(ExtensionSchema schema)
{
    return schema == ExtensionSchema::V1 ? QStringLiteral("1.x") : QStringLiteral("classic");
}

QString passwordSpecials()
{
    return QStringLiteral("!@#$%^&+=");
}

QList<PasswordRule> passwordChecklist(const QString &password)
{
    const QString specials = passwordSpecials();
    bool lower = false, upper = false, digit = false, special = false;
    for (const QChar c : password) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        special |= specials.contains(c);
    }
    return {
        {Tr::tr("At least 8 characters"), password.size() >= 8},
        {Tr::tr("A lower-case letter"), lower},
        {Tr::tr("An upper-case letter"), upper},
        {Tr::tr("A digit"), digit},
        {Tr::tr("One of %1").arg(specials), special},
    };
}

QString validateDnsName(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("Enter a DNS name for the cloud service.");
    if (name.size() < 3 || name.size() > 24)
        return Tr::tr("The DNS name must be 3 to 24 characters long (it has %1).").arg(name.size());
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!allowed.match(name).hasMatch())
        return Tr::tr("The DNS name may only contain letters, digits and hyphens.");
    if (!name.front().isLetter())
        return Tr::tr("The DNS name must start with a letter.");
    if (name.back() == QLatin1Char('-'))
        return Tr::tr("The DNS name must not end with a hyphen.");
    return {};
}

QString validateVmName(const QString &name)
{
    if (name.isEmpty())
        return {}; // defaults to the DNS name
    if (name.size() > 64)
        return Tr::tr("The VM name must be at most 64 characters long.");
    static const QRegularExpression allowed(
        QStringLiteral("^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$|^[A-Za-z]$"));
    if (!allowed.match(name).hasMatch())
        return Tr::tr(
            "The VM name may only contain letters, digits and hyphens, start with a letter "
            "and not end with a hyphen.");
    return {};
}

QStringList reservedUserNames()
{
    // Azure refuses these for Linux VMs; "docker" is refused by the 2014 tool and docker-machine
    // because it clashes with the docker group the extension creates.
    return {QStringLiteral("root"),   QStringLiteral("admin"),   QStringLiteral("administrator"),
            QStringLiteral("docker"), QStringLiteral("guest"),   QStringLiteral("user"),
            QStringLiteral("test"),   QStringLiteral("sys"),     QStringLiteral("adm"),
            QStringLiteral("backup"), QStringLiteral("console"), QStringLiteral("owner"),
            QStringLiteral("server"), QStringLiteral("sql"),     QStringLiteral("support"),
            QStringLiteral("aspnet"), QStringLiteral("actuser"), QStringLiteral("admin1"),
            QStringLiteral("admin2"), QStringLiteral("user1"),   QStringLiteral("user2"),
            QStringLiteral("user3"),  QStringLiteral("test1"),   QStringLiteral("test2"),
            QStringLiteral("daemon"), QStringLiteral("bin"),     QStringLiteral("nobody")};
}

QString validateUserName(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("Enter a user name for the VM.");
    if (name.size() > 32)
        return Tr::tr("The user name must be at most 32 characters long.");
    static const QRegularExpression allowed(QStringLiteral("^[a-z_][a-z0-9_.-]*$"));
    if (!allowed.match(name).hasMatch())
        return Tr::tr("The user name must start with a lower-case letter or underscore and contain "
                      "only lower-case letters, digits, '.', '_' and '-'.");
    if (reservedUserNames().contains(name))
        return Tr::tr("'%1' is a reserved user name on Azure Linux VMs; choose another.").arg(name);
    return {};
}

QString validatePassword(const QString &password)
{
    if (password.isEmpty())
        return Tr::tr("Enter a password for the VM user.");
    if (password.size() > 72)
        return Tr::tr("The password must be at most 72 characters long.");
    QStringList missing;
    for (const PasswordRule &rule : passwordChecklist(password)) {
        if (!rule.satisfied)
            missing << rule.description.toLower();
    }
    if (!missing.isEmpty())
        return Tr::tr("The password needs: %1.").arg(missing.join(QStringLiteral(", ")));
    return {};
}

QString validatePort(int port, bool allowZero)
{
    if (allowZero && port == 0)
        return {};
    if (port < 1 || port > 65535)
        return Tr::tr("A port must be a number from 1 to 65535 (got %1).").arg(port);
    return {};
}

QStringList roleSizes()
{
    return {
        QStringLiteral("ExtraSmall"),  QStringLiteral("Small"),       QStringLiteral("Medium"),
        QStringLiteral("Large"),       QStringLiteral("ExtraLarge"),  QStringLiteral("A5"),
        QStringLiteral("A6"),          QStringLiteral("A7"),          QStringLiteral("Basic_A0"),
        QStringLiteral("Basic_A1"),    QStringLiteral("Basic_A2"),    QStringLiteral("Basic_A3"),
        QStringLiteral("Basic_A4"),    QStringLiteral("Standard_D1"), QStringLiteral("Standard_D2"),
        QStringLiteral("Standard_D3"), QStringLiteral("Standard_D4")};
}

QList<FieldError> validate(const VmSpec &spec)
{
    using F = FieldError::Field;
    QList<FieldError> errors;
    auto check = [&errors](F field, const QString &message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    check(F::DnsName, validateDnsName(spec.dnsName));
    check(F::VmName, validateVmName(spec.vmName));
    if (spec.location.trimmed().isEmpty())
        check(F::Location, Tr::tr("Choose a region."));
    if (spec.imageName.trimmed().isEmpty())
        check(F::Image, Tr::tr("Choose an image."));
    if (spec.size.trimmed().isEmpty())
        check(F::Size, Tr::tr("Choose a VM size."));
    check(F::UserName, validateUserName(spec.userName));
    check(F::Password, validatePassword(spec.password));
    check(F::SshPort, validatePort(spec.sshPort, true));
    check(F::DockerPort, validatePort(spec.dockerPort, false));
    if (spec.sshPort != 0 && spec.sshPort == spec.dockerPort)
        check(F::DockerPort, Tr::tr("The Docker port must differ from the SSH port (both are %1).")
                                 .arg(spec.dockerPort));
    return errors;
}

} // namespace dockervm::cloud
