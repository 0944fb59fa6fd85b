// docker-vm certs create / show: the Docker TLS folder from the command line.
#include "command.h"

#include "certs/dockertlsstore.h"
#include "certs/x509.h"
#include "docker/dockerenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dockervm::certs;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QCommandLineOption certDirOption()
{
    return {QStringLiteral("cert-dir"),
            Tr::tr("The Docker TLS folder (default: %1).")
                .arg(native(DockerTlsStore::defaultDirectory())),
            QStringLiteral("DIR")};
}

QString certDir(dockervm::cli::Invocation &inv)
{
    const QString dir = inv.parser().value(QStringLiteral("cert-dir"));
    return dir.isEmpty() ? DockerTlsStore::defaultDirectory() : QDir::cleanPath(dir);
}

QString expiry(const DockerTlsFile &f)
{
    if (!f.exists)
        return Tr::tr("missing");
    if (!f.certificate)
        return Tr::tr("unreadable");
    return Tr::tr("expires %1").arg(f.certificate->notAfter.toString(Qt::ISODate));
}

void runCreate(dockervm::cli::Invocation &inv)
{
    auto &p = inv.parser();
    p.addOptions({
        {QStringLiteral("host"), Tr::tr("The VM's DNS name, e.g. myvm.cloudapp.net (required)."),
         QStringLiteral("NAME")},
        {QStringLiteral("ip"), Tr::tr("An IP address for the server certificate (repeatable)."),
         QStringLiteral("ADDR")},
        certDirOption(),
        {QStringLiteral("key-type"), Tr::tr("rsa4096 (default), rsa2048 or ecdsa-p256."),
         QStringLiteral("TYPE"), QStringLiteral("rsa4096")},
        {QStringLiteral("days"), Tr::tr("Validity in days (default 365)."), QStringLiteral("N"),
         QStringLiteral("365")},
        {QStringLiteral("regenerate"),
         Tr::tr("Move the existing files to a dated backup folder and make a new set.")},
    });
    if (!inv.parse())
        return;
    if (!inv.positional().isEmpty())
        return inv.fail(Tr::tr("unexpected argument '%1'.").arg(inv.positional().first()), 2);
    const QString host = p.value(QStringLiteral("host"));
    if (host.isEmpty())
        return inv.fail(
            Tr::tr("--host NAME is required (the VM's DNS name, e.g. myvm.cloudapp.net)."), 2);
    QString error;
    if (!DockerTlsStore::normalizeHost(host, &error))
        return inv.fail(error, 2);
    QList<QHostAddress> ips;
    for (const QString &text : p.values(QStringLiteral("ip"))) {
        QHostAddress ip;
        if (!ip.setAddress(text))
            return inv.fail(Tr::tr("--ip '%1' is not an IPv4 or IPv6 address.").arg(text), 2);
        ips << ip;
    }
    DockerTlsOptions options;
    const auto keyType = keyTypeFromId(p.value(QStringLiteral("key-type")));
    if (!keyType)
        return inv.fail(Tr::tr("--key-type '%1' is unknown; use rsa4096, rsa2048 or ecdsa-p256.")
                            .arg(p.value(QStringLiteral("key-type"))),
                        2);
    options.keyType = *keyType;
    bool ok = false;
    options.validityDays = p.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || options.validityDays <= 0 || options.validityDays > 36500)
        return inv.fail(Tr::tr("--days '%1' must be a number of days from 1 to 36500.")
                            .arg(p.value(QStringLiteral("days"))),
                        2);
    options.regenerate = p.isSet(QStringLiteral("regenerate"));

    const QString dir = certDir(inv);
    if (!inv.json())
        inv.out() << Tr::tr("Preparing TLS files for %1 in %2 (%3 keys)...")
                         .arg(host, native(dir), keyTypeId(options.keyType))
                  << Qt::endl;
    auto *job = new DockerTlsJob(dir, host, ips, options, inv.scope());
    QObject::connect(job, &DockerTlsJob::finished, job, [&inv, job](const DockerTlsResult &r) {
        job->deleteLater();
        if (!r.ok) {
            if (inv.json()) {
                QJsonArray problems;
                for (const DockerTlsProblem &pr : r.problems)
                    problems.append(
                        QJsonObject{{QStringLiteral("kind"), DockerTlsProblem::kindId(pr.kind)},
                                    {QStringLiteral("path"), native(pr.path)},
                                    {QStringLiteral("message"), pr.message}});
                inv.out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                       {QStringLiteral("error"), r.error},
                                                       {QStringLiteral("problems"), problems}})
                                 .toJson();
            }
            QString message = r.error;
            if (!r.problems.isEmpty())
                message +=
                    QLatin1Char('\n') +
                    Tr::tr("To start over: docker-vm certs create --host %1 --regenerate (moves "
                           "the old files to a dated backup folder first).")
                        .arg(inv.parser().value(QStringLiteral("host")));
            return inv.fail(message, 1);
        }
        const DockerTlsBundle &b = r.bundle;
        if (inv.json()) {
            // Paths only: key material never goes to the terminal.
            const QJsonObject o{
                {QStringLiteral("ok"), true},
                {QStringLiteral("dir"), native(b.dir)},
                {QStringLiteral("host"), b.host},
                {QStringLiteral("ca"), native(b.caPath)},
                {QStringLiteral("caKey"), native(b.caKeyPath)},
                {QStringLiteral("clientCert"), native(b.clientCertPath)},
                {QStringLiteral("clientKey"), native(b.clientKeyPath)},
                {QStringLiteral("serverCert"), native(b.serverCertPath)},
                {QStringLiteral("serverKey"), native(b.serverKeyPath)},
                {QStringLiteral("reusedCa"), b.reusedCa},
                {QStringLiteral("reusedClient"), b.reusedClient},
                {QStringLiteral("reusedServer"), b.reusedServer},
                {QStringLiteral("backupDir"), native(b.backupDir)},
            };
            inv.out() << QJsonDocument(o).toJson();
            return inv.finish(0);
        }
        auto line = [&inv](const QString &what, const QString &path, bool reused) {
            inv.out() << "  " << dockervm::padToColumns(what, 20) << ' '
                      << (reused ? Tr::tr("reused ") : Tr::tr("created")) << "  " << native(path)
                      << '\n';
        };
        if (!b.backupDir.isEmpty())
            inv.out() << Tr::tr("Old files moved to %1").arg(native(b.backupDir)) << '\n';
        line(Tr::tr("CA certificate"), b.caPath, b.reusedCa);
        line(Tr::tr("CA key"), b.caKeyPath, b.reusedCa);
        line(Tr::tr("client certificate"), b.clientCertPath, b.reusedClient);
        line(Tr::tr("client key"), b.clientKeyPath, b.reusedClient);
        line(Tr::tr("server certificate"), b.serverCertPath, b.reusedServer);
        line(Tr::tr("server key"), b.serverKeyPath, b.reusedServer);
        inv.out() << Tr::tr("Connect with:") << '\n'
                  << "  " << dockervm::docker::dockerInfoCommand(b.host, 4243, b.dir, false)
                  << '\n';
        inv.finish(0);
    });
    job->start();
}

void runShow(dockervm::cli::Invocation &inv)
{
    inv.parser().addOption(certDirOption());
    if (!inv.parse())
        return;
    if (!inv.positional().isEmpty())
        return inv.fail(Tr::tr("unexpected argument '%1'.").arg(inv.positional().first()), 2);
    const DockerTlsStore store(certDir(inv));
    const DockerTlsReport report = store.inspect();
    const int code = report.hasErrors() ? 1 : 0;
    if (inv.json()) {
        inv.out() << QJsonDocument(report.toJson()).toJson();
        return inv.finish(code);
    }
    QTextStream &out = inv.out();
    out << Tr::tr("Docker TLS folder: %1").arg(native(report.dir)) << '\n';
    if (!report.dirExists || report.isEmpty()) {
        out << Tr::tr(
                   "No Docker TLS files yet. Create them with: docker-vm certs create --host NAME")
            << '\n';
        return inv.finish(0);
    }
    auto row = [&out](const QString &label, const DockerTlsFile &f, bool isKey) {
        out << "  " << dockervm::padToColumns(label, 20) << ' ' << f.name.leftJustified(14) << ' ';
        if (isKey)
            out << (f.exists ? Tr::tr("present") : Tr::tr("missing"));
        else
            out << expiry(f);
        if (!isKey && f.certificate)
            out << "  " << f.certificate->keyDescription;
        out << '\n';
    };
    row(Tr::tr("CA certificate"), report.ca, false);
    row(Tr::tr("CA key"), report.caKey, true);
    row(Tr::tr("client certificate"), report.clientCert, false);
    row(Tr::tr("client key"), report.clientKey, true);
    if (report.hosts.isEmpty()) {
        out << Tr::tr("Hosts: none") << '\n';
    } else {
        out << Tr::tr("Hosts:") << '\n';
        for (const DockerTlsHost &h : report.hosts) {
            out << "  " << h.host.leftJustified(34) << ' ' << expiry(h.cert);
            if (!h.key.exists)
                out << "  " << Tr::tr("(key missing)");
            if (h.cert.certificate && !h.cert.certificate->ipAddresses.isEmpty()) {
                QStringList ips;
                for (const QHostAddress &ip : h.cert.certificate->ipAddresses)
                    ips << ip.toString();
                out << "  IP " << ips.join(QStringLiteral(", "));
            }
            out << '\n';
        }
    }
    out.flush();
    if (report.problems.isEmpty()) {
        out << Tr::tr("No problems found.") << '\n';
    } else {
        for (const DockerTlsProblem &pr : report.problems) {
            inv.err() << (pr.severity == DockerTlsProblem::Severity::Error ? Tr::tr("error: ")
                                                                           : Tr::tr("warning: "))
                      << pr.message << '\n';
        }
    }
    inv.finish(code);
}

} // namespace

DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("certs"), QStringLiteral("create")}),
                     QT_TRANSLATE_NOOP("cli", "Create or reuse the Docker TLS files for a host."),
                     runCreate);
DOCKERVM_CLI_COMMAND((QStringList{QStringLiteral("certs"), QStringLiteral("show")}),
                     QT_TRANSLATE_NOOP("cli",
                                       "Show the Docker TLS files, their expiry and problems."),
                     runShow);
