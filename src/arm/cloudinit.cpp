#include "arm/cloudinit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dockervm::arm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DockerCloudConfig)
};

bool hasPemBlock(const QByteArray &pem, const QByteArray &label)
{
    const QByteArray begin = "-----BEGIN " + label + "-----";
    const QByteArray end = "-----END " + label + "-----";
    const qsizetype b = pem.indexOf(begin);
    return b >= 0 && pem.indexOf(end, b) > b;
}

bool hasPrivateKeyBlock(const QByteArray &pem)
{
    static const QRegularExpression re(
        QStringLiteral("-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----"));
    const auto m = re.match(QString::fromLatin1(pem));
    return m.hasMatch() &&
           pem.contains(QByteArray("-----END " + m.captured(1).toLatin1() + "-----"));
}

QString asText(const QByteArray &pem)
{
    QString s = QString::fromLatin1(pem);
    s.remove(QLatin1Char('\r'));
    if (!s.endsWith(QLatin1Char('\n')))
        s += QLatin1Char('\n');
    return s;
}

yaml::Node file(const char *path, const char *permissions, const QString &content)
{
    return yaml::Node::mapping({{QStringLiteral("path"), path},
                                {QStringLiteral("owner"), "root:root"},
                                {QStringLiteral("permissions"), permissions},
                                {QStringLiteral("content"), content}});
}

} // namespace

bool DockerCloudConfig::validate(QString *error) const
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!hasPemBlock(caPem, "CERTIFICATE"))
        return failWith(Tr::tr("The CA certificate for the cloud-config is not a PEM certificate "
                               "(no BEGIN/END CERTIFICATE block). Pass the CA's ca.pem."));
    if (!hasPemBlock(serverCertPem, "CERTIFICATE"))
        return failWith(
            Tr::tr("The server certificate for the cloud-config is not a PEM "
                   "certificate (no BEGIN/END CERTIFICATE block). Pass server-cert.pem."));
    // Never quote the key in a message.
    if (!hasPrivateKeyBlock(serverKeyPem))
        return failWith(Tr::tr("The server key for the cloud-config is not a PEM private key (no "
                               "BEGIN/END PRIVATE KEY block). Pass server-key.pem."));
    if (serverKeyPem.contains("ENCRYPTED PRIVATE KEY"))
        return failWith(Tr::tr("The server key for the cloud-config is encrypted; dockerd cannot "
                               "read an encrypted key. Pass the unencrypted server-key.pem."));
    if (dockerPort == 0)
        return failWith(
            Tr::tr("The Docker port for the cloud-config is 0; use 2376 (the Docker TLS "
                   "port) or another port from 1 to 65535."));
    static const QRegularExpression fqdnRe(QStringLiteral("^[A-Za-z0-9.-]{0,253}$"));
    if (!fqdnRe.match(fqdn).hasMatch())
        return failWith(
            Tr::tr("The host name '%1' for the cloud-config is not a DNS name (letters, "
                   "digits, '-' and '.').")
                .arg(fqdn.left(80)));
    return true;
}

QByteArray DockerCloudConfig::daemonJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("tlsverify"), true);
    o.insert(QStringLiteral("tlscacert"), QLatin1String(kCaPath));
    o.insert(QStringLiteral("tlscert"), QLatin1String(kServerCertPath));
    o.insert(QStringLiteral("tlskey"), QLatin1String(kServerKeyPath));
    o.insert(QStringLiteral("hosts"),
             QJsonArray{QLatin1String(kUnixSocketHost),
                        QStringLiteral("tcp://0.0.0.0:%1").arg(dockerPort)});
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray DockerCloudConfig::dropIn()
{
    return QByteArray("# Written by cloud-init for Docker VM Wizard. The packaged unit starts\n"
                      "# dockerd with -H fd://; /etc/docker/daemon.json names the hosts, and\n"
                      "# dockerd refuses hosts given both ways, so ExecStart is cleared and set\n"
                      "# again without -H.\n"
                      "[Service]\n"
                      "ExecStart=\n"
                      "ExecStart=") +
           kDropInExecStart + "\n";
}

yaml::Node DockerCloudConfig::tree(QString *error) const
{
    if (!validate(error))
        return yaml::Node::mapping();
    using yaml::Node;
    Node root = Node::mapping();
    root.insert(QStringLiteral("package_update"), true);
    switch (package) {
    case Package::UbuntuDockerIo:
        root.insert(QStringLiteral("packages"), Node::sequence({"docker.io"}));
        break;
    }
    root.insert(QStringLiteral("write_files"),
                Node::sequence({
                    file(kCaPath, "0644", asText(caPem)),
                    file(kServerCertPath, "0644", asText(serverCertPem)),
                    file(kServerKeyPath, "0600", asText(serverKeyPem)),
                    file(kDaemonJsonPath, "0644", QString::fromUtf8(daemonJson())),
                    file(kDropInPath, "0644", QString::fromUtf8(dropIn())),
                }));
    root.insert(QStringLiteral("runcmd"),
                Node::sequence({"systemctl daemon-reload", "systemctl restart docker"}));
    return root;
}

std::optional<QByteArray> DockerCloudConfig::document(QString *error) const
{
    QString why;
    const yaml::Node root = tree(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    QByteArray out = "#cloud-config\n";
    out += "# Docker VM Wizard: dockerd with mutual TLS on port " + QByteArray::number(dockerPort);
    if (!fqdn.isEmpty())
        out += " for " + fqdn.toLatin1();
    out += "\n";
    out += yaml::write(root);
    if (out.size() > kMaxCustomDataBytes) {
        if (error)
            *error = Tr::tr("The cloud-config is %1 bytes; Azure accepts at most %2 bytes of "
                            "customData. Use smaller certificates (ECDSA P-256 or RSA 2048 keys).")
                         .arg(out.size())
                         .arg(kMaxCustomDataBytes);
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> DockerCloudConfig::customDataBase64(QString *error) const
{
    const auto doc = document(error);
    if (!doc)
        return std::nullopt;
    return doc->toBase64();
}

} // namespace dockervm::arm
