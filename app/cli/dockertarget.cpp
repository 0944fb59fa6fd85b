#include "dockertarget.h"

#include "command.h"

#include "docker/dockerenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

namespace dockervm::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

void addConnectionOptions(Invocation &inv)
{
    inv.parser().addOptions({
        {QStringLiteral("docker-port"),
         Tr::tr("The Docker TLS port on the host (default %1, as the 2014 tool used).")
             .arg(kDefaultDockerPort),
         QStringLiteral("PORT"), QString::number(kDefaultDockerPort)},
        {{QStringLiteral("C"), QStringLiteral("cert-dir")},
         Tr::tr("The folder with ca.pem, cert.pem and key.pem (default $DOCKER_CERT_PATH or "
                "~/.docker)."),
         QStringLiteral("DIR")},
    });
}

bool readTarget(Invocation &inv, const QString &host, DockerTarget *t)
{
    t->host = host.trimmed();
    if (t->host.isEmpty() || t->host.contains(QLatin1Char('/')) ||
        t->host.contains(QLatin1Char(' '))) {
        inv.fail(Tr::tr("'%1' is not a host name. Give the VM's DNS name, e.g. myvm.cloudapp.net.")
                     .arg(host),
                 2);
        return false;
    }
    bool ok = false;
    const uint port = inv.parser().value(QStringLiteral("docker-port")).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        inv.fail(Tr::tr("--docker-port must be a port number from 1 to 65535, not '%1'.")
                     .arg(inv.parser().value(QStringLiteral("docker-port"))),
                 2);
        return false;
    }
    t->port = quint16(port);
    const QString dir = inv.parser().isSet(QStringLiteral("cert-dir"))
                            ? inv.parser().value(QStringLiteral("cert-dir"))
                            : docker::defaultCertDir();
    t->certDir = QFileInfo(QDir::fromNativeSeparators(dir)).absoluteFilePath();
    return true;
}

QCommandLineOption connectToOption()
{
    QCommandLineOption connectTo(
        QStringLiteral("connect-to"),
        Tr::tr(
            "Demo/tests only: connect to this loopback ADDR:PORT instead of resolving HOST, while "
            "still verifying the certificate for HOST."),
        QStringLiteral("ADDR:PORT"));
    connectTo.setFlags(QCommandLineOption::HiddenFromHelp);
    return connectTo;
}

bool readConnectTo(Invocation &inv, const QCommandLineOption &option, const DockerTarget &t,
                   HostOverrides *overrides)
{
    if (!inv.parser().isSet(option))
        return true;
    const QString spec = inv.parser().value(option);
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    QHostAddress address(
        colon > 0 ? spec.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString());
    bool ok = false;
    const uint port = colon > 0 ? spec.mid(colon + 1).toUInt(&ok) : 0;
    if (address.isNull() || !ok || port == 0 || port > 65535 ||
        !overrides->map(t.host, t.port, address, quint16(port))) {
        inv.fail(Tr::tr("--connect-to needs a loopback ADDR:PORT such as 127.0.0.1:2376, not '%1'.")
                     .arg(spec),
                 2);
        return false;
    }
    return true;
}

} // namespace dockervm::cli
