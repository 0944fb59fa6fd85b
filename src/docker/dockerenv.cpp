#include "docker/dockerenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace dockervm::docker {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::docker::DockerEnv)
};

QString nativePath(const QString &certDir, const char *file)
{
    return QDir::toNativeSeparators(QDir::cleanPath(certDir) + QLatin1Char('/') +
                                    QLatin1String(file));
}

QString nativeDir(const QString &certDir)
{
    return QDir::toNativeSeparators(QDir::cleanPath(certDir));
}

bool samePath(const QString &a, const QString &b)
{
    const QString ca = QDir::cleanPath(QFileInfo(a).absoluteFilePath());
    const QString cb = QDir::cleanPath(QFileInfo(b).absoluteFilePath());
#ifdef Q_OS_WIN
    return ca.compare(cb, Qt::CaseInsensitive) == 0;
#else
    return ca == cb;
#endif
}

// One field of docker's CSV-parsed --docker value.
QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QString shellId(Shell shell)
{
    switch (shell) {
    case Shell::Bash:
        return QStringLiteral("bash");
    case Shell::PowerShell:
        return QStringLiteral("powershell");
    case Shell::Cmd:
        return QStringLiteral("cmd");
    }
    return {};
}

QString shellDisplayName(Shell shell)
{
    switch (shell) {
    case Shell::Bash:
        return Tr::tr("bash (Linux, macOS, Git Bash, WSL)");
    case Shell::PowerShell:
        return Tr::tr("PowerShell");
    case Shell::Cmd:
        return Tr::tr("Command Prompt (cmd)");
    }
    return {};
}

std::optional<Shell> shellFromId(const QString &id)
{
    const QString s = id.trimmed().toLower();
    if (s == QLatin1String("bash") || s == QLatin1String("sh") || s == QLatin1String("zsh"))
        return Shell::Bash;
    if (s == QLatin1String("powershell") || s == QLatin1String("pwsh"))
        return Shell::PowerShell;
    if (s == QLatin1String("cmd"))
        return Shell::Cmd;
    return std::nullopt;
}

Shell defaultShell()
{
#ifdef Q_OS_WIN
    return Shell::PowerShell;
#else
    return Shell::Bash;
#endif
}

QString posixQuote(const QString &word)
{
    QString q = word;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString powerShellQuote(const QString &word)
{
    // PowerShell also ends a single-quoted string at the typographic single quotes
    // U+2018..U+201B; each is escaped by doubling it, like the ASCII one.
    QString q;
    q.reserve(word.size() + 2);
    for (const QChar c : word) {
        q.append(c);
        if (c == QLatin1Char('\'') || (c.unicode() >= 0x2018 && c.unicode() <= 0x201B))
            q.append(c);
    }
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

bool containsCmdUnsafe(const QString &word)
{
    return word.contains(QLatin1Char('"')) || word.contains(QLatin1Char('\n')) ||
           word.contains(QLatin1Char('\r'));
}

QString cmdQuote(const QString &word)
{
    // Inside double quotes cmd keeps & | < > ^ ( ) and spaces literal.
    return QLatin1Char('"') + word + QLatin1Char('"');
}

QString quoteArgument(const QString &word, Shell shell)
{
    switch (shell) {
    case Shell::Bash: {
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
        return safe.match(word).hasMatch() ? word : posixQuote(word);
    }
    case Shell::PowerShell: {
        // No comma (array operator), no leading @ (splatting), no $ ` ; ( ) { } quotes.
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_+=:./\\\\-]+$"));
        return safe.match(word).hasMatch() ? word : powerShellQuote(word);
    }
    case Shell::Cmd: {
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_+=:,./\\\\-]+$"));
        return safe.match(word).hasMatch() ? word : cmdQuote(word);
    }
    }
    return word;
}

QString commandLine(const QStringList &argv, Shell shell)
{
    QStringList out;
    out.reserve(argv.size());
    for (const QString &a : argv)
        out << quoteArgument(a, shell);
    return out.join(QLatin1Char(' '));
}

QString dockerHostUrl(const QString &host, quint16 port)
{
    const QString h = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
                          ? QStringLiteral("[%1]").arg(host)
                          : host;
    return QStringLiteral("tcp://%1:%2").arg(h).arg(port);
}

QString defaultCertDir()
{
    const QString env = qEnvironmentVariable("DOCKER_CERT_PATH");
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QStringLiteral("/.docker");
}

bool isDockerDefaultCertDir(const QString &certDir)
{
    if (certDir.isEmpty())
        return false;
    return samePath(certDir, QDir::homePath() + QStringLiteral("/.docker"));
}

QString dockerInfoCommand(const QString &host, quint16 port, const QString &certDir, bool legacyTls,
                          Shell shell)
{
    QStringList argv{QStringLiteral("docker"),
                     legacyTls ? QStringLiteral("--tls") : QStringLiteral("--tlsverify")};
    // The short form relies on docker's default cert folder, ~/.docker; a DOCKER_CERT_PATH
    // pointing elsewhere would change what it reads, so then spell the files out.
    const QString envPath = qEnvironmentVariable("DOCKER_CERT_PATH");
    const bool shortForm =
        isDockerDefaultCertDir(certDir) && (envPath.isEmpty() || samePath(envPath, certDir));
    if (!shortForm) {
        if (!legacyTls)
            argv << QStringLiteral("--tlscacert") << nativePath(certDir, "ca.pem");
        argv << QStringLiteral("--tlscert") << nativePath(certDir, "cert.pem")
             << QStringLiteral("--tlskey") << nativePath(certDir, "key.pem");
    }
    argv << QStringLiteral("-H") << dockerHostUrl(host, port) << QStringLiteral("info");
    return commandLine(argv, shell);
}

QString environmentScript(const QString &host, quint16 port, const QString &certDir, Shell shell,
                          QString *error)
{
    const QList<QPair<QString, QString>> vars{
        {QStringLiteral("DOCKER_HOST"), dockerHostUrl(host, port)},
        {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
        {QStringLiteral("DOCKER_CERT_PATH"), nativeDir(certDir)}};
    QString out;
    for (const auto &[name, value] : vars) {
        switch (shell) {
        case Shell::Bash:
            out += QStringLiteral("export ") + name + QLatin1Char('=') + posixQuote(value) +
                   QLatin1Char('\n');
            break;
        case Shell::PowerShell:
            out += QStringLiteral("$Env:") + name + QStringLiteral(" = ") + powerShellQuote(value) +
                   QLatin1Char('\n');
            break;
        case Shell::Cmd:
            if (containsCmdUnsafe(value)) {
                if (error)
                    *error =
                        Tr::tr("%1 (%2) contains a double quote or a line break, which cmd "
                               "cannot set. Use PowerShell, or move the certificates to a folder "
                               "without such characters.")
                            .arg(name, value);
                return {};
            }
            // Quoting the whole assignment keeps & | < > ^ and spaces literal, and leaves no
            // trailing space in the value.
            out +=
                QStringLiteral("set \"") + name + QLatin1Char('=') + value + QStringLiteral("\"\n");
            break;
        }
    }
    if (error)
        error->clear();
    return out;
}

bool isValidContextName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$"));
    return valid.match(name).hasMatch();
}

QString contextDockerEndpoint(const QString &host, quint16 port, const QString &certDir,
                              bool legacyTls)
{
    QStringList fields{csvField(QStringLiteral("host=") + dockerHostUrl(host, port))};
    if (!legacyTls)
        fields << csvField(QStringLiteral("ca=") + nativePath(certDir, "ca.pem"));
    fields << csvField(QStringLiteral("cert=") + nativePath(certDir, "cert.pem"))
           << csvField(QStringLiteral("key=") + nativePath(certDir, "key.pem"));
    if (legacyTls)
        fields << QStringLiteral("skip-tls-verify=true");
    return fields.join(QLatin1Char(','));
}

QStringList contextCreateArguments(const QString &name, const QString &host, quint16 port,
                                   const QString &certDir, bool legacyTls,
                                   const QString &description)
{
    QStringList args{QStringLiteral("context"), QStringLiteral("create"), name};
    if (!description.isEmpty())
        args << QStringLiteral("--description") << description;
    args << QStringLiteral("--docker") << contextDockerEndpoint(host, port, certDir, legacyTls);
    return args;
}

} // namespace dockervm::docker
