#include "sim/dockerhost.h"

#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace dockervm::sim {
namespace {

// [[key, value]] as dockerd sends DriverStatus. Not QJsonArray{QJsonArray{k, v}}: clang reads
// that as a copy of the inner array and sends ["k", "v"], which the docker CLI refuses.
QJsonArray pairList(const QString &key, const QString &value)
{
    QJsonArray outer;
    outer.append(QJsonArray{key, value});
    return outer;
}

struct Flavour
{
    QString version;
    QString api;
    QString minApi; // empty: the daemon does not report one
};

Flavour flavourOf(DockerHost::Mode mode, const QString &image)
{
    if (mode == DockerHost::Mode::Old)
        return {QStringLiteral("1.3.3"), QStringLiteral("1.15"), QString()};
    const DockerHost::System system = DockerHost::systemFor(image);
    return {system.dockerVersion, system.apiVersion, QStringLiteral("1.12")};
}

int compareVersions(const QString &a, const QString &b)
{
    const auto pa = a.split(QLatin1Char('.'));
    const auto pb = b.split(QLatin1Char('.'));
    for (int i = 0; i < 2; ++i) {
        const int x = pa.value(i).toInt();
        const int y = pb.value(i).toInt();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

HttpResponse json(int status, const QJsonObject &o)
{
    return HttpResponse::text(status, QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n',
                              "application/json");
}

} // namespace

DockerHost::System DockerHost::systemFor(const QString &image)
{
    // The Ubuntu release in a classic image name (Ubuntu-14_04_1-LTS), an ARM sku (14.04.5-LTS,
    // 22_04-lts-gen2) or an ARM offer's code name (0001-com-ubuntu-server-jammy).
    static const QRegularExpression number(
        QStringLiteral("(?:^|[^0-9])(1[0-9]|2[0-9])[._](04|10)(?:[._]([0-9]))?(?:[^0-9]|$)"));
    static const QList<std::pair<QString, QString>> codeNames = {
        {QStringLiteral("trusty"), QStringLiteral("14.04")},
        {QStringLiteral("xenial"), QStringLiteral("16.04")},
        {QStringLiteral("bionic"), QStringLiteral("18.04")},
        {QStringLiteral("focal"), QStringLiteral("20.04")},
        {QStringLiteral("jammy"), QStringLiteral("22.04")},
        {QStringLiteral("noble"), QStringLiteral("24.04")}};
    QString release;
    QString point;
    if (const auto m = number.match(image); m.hasMatch()) {
        release = m.captured(1) + QLatin1Char('.') + m.captured(2);
        point = m.captured(3);
    } else {
        for (const auto &[name, version] : codeNames)
            if (image.contains(name, Qt::CaseInsensitive))
                release = version;
    }
    // Release, the last point release, its kernel on Azure, the Docker its archive (or
    // docker-ce for the old ones) offered.
    struct Row
    {
        const char *release, *lastPoint, *kernel, *docker, *api;
    };
    static const Row rows[] = {
        {"12.04", "5", "3.13.0-170-generic", "1.12.6", "1.24"},
        {"14.04", "6", "4.4.0-148-generic", "18.06.3-ce", "1.38"},
        {"16.04", "7", "4.15.0-1113-azure", "18.09.7", "1.39"},
        {"18.04", "6", "5.4.0-1109-azure", "20.10.21", "1.41"},
        {"20.04", "6", "5.15.0-1057-azure", "20.10.21", "1.41"},
        {"22.04", "4", "5.15.0-1057-azure", "20.10.24", "1.41"},
        {"24.04", "1", "6.8.0-1017-azure", "24.0.7", "1.43"},
    };
    const Row *row = &rows[5]; // 22.04: unknown or no image
    for (const Row &r : rows)
        if (release == QLatin1String(r.release))
            row = &r;
    const QString version = QString::fromLatin1(row->release);
    System s;
    s.osVersion = version;
    // A classic image names its point release ("14_04_1"): the 2014 image ran 14.04.1's kernel.
    const QString shownPoint = point.isEmpty() ? QString::fromLatin1(row->lastPoint) : point;
    s.operatingSystem = QStringLiteral("Ubuntu %1.%2 LTS").arg(version, shownPoint);
    s.kernelVersion = version == QLatin1String("14.04") && point == QLatin1String("1")
                          ? QStringLiteral("3.13.0-36-generic")
                          : QString::fromLatin1(row->kernel);
    s.dockerVersion = QString::fromLatin1(row->docker);
    s.apiVersion = QString::fromLatin1(row->api);
    return s;
}

DockerHost::DockerHost(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_server(std::make_unique<HttpServer>())
{
    connect(m_server.get(), &HttpServer::requestServed, this, &DockerHost::requestServed);
    connect(m_server.get(), &HttpServer::handshakeFailed, this, &DockerHost::handshakeFailed);
    m_server->setHandler([this](const HttpRequest &r) { return handle(r); });
    if (m_options.mode == Mode::Modern) {
        m_swarm =
            m_options.swarmNetwork ? m_options.swarmNetwork : std::make_shared<SwarmNetwork>();
        m_swarmHandle = m_swarm->attach(m_options.privateAddress, m_options.name,
                                        flavourOf(m_options.mode, m_options.image).version);
    }
}

DockerHost::~DockerHost()
{
    if (m_swarm)
        m_swarm->detach(m_swarmHandle); // the VM is gone: its swarm node is down
}

bool DockerHost::listen(const QHostAddress &address, quint16 port)
{
    const auto chain = QSslCertificate::fromData(m_options.serverCertPem, QSsl::Pem);
    if (chain.isEmpty()) {
        m_error = tr("the simulated Docker host has no server certificate (PEM)");
        return false;
    }
    QSslKey key;
    for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(m_options.serverKeyPem, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        m_error = tr("the simulated Docker host's server key is not a PEM RSA or EC key");
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    if (m_options.requireClientCertificate) {
        const auto cas = QSslCertificate::fromData(m_options.caPem, QSsl::Pem);
        if (cas.isEmpty()) {
            m_error = tr("the simulated Docker host needs a CA (PEM) to verify clients against");
            return false;
        }
        config.setCaCertificates(cas);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_server->setSslConfiguration(config);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return false;
    }
    const Flavour f = flavourOf(m_options.mode, m_options.image);
    qCDebug(lcSim) << "simulated Docker" << f.version << "(API" << f.api << ") on" << address
                   << m_server->port();
    return true;
}

void DockerHost::close()
{
    m_server->close();
}

quint16 DockerHost::port() const
{
    return m_server->port();
}

QString DockerHost::errorString() const
{
    return m_error;
}

QString DockerHost::serverVersion() const
{
    return flavourOf(m_options.mode, m_options.image).version;
}

QString DockerHost::apiVersion() const
{
    return flavourOf(m_options.mode, m_options.image).api;
}

int DockerHost::requestCount() const
{
    return m_server->requestCount();
}

int DockerHost::failedHandshakes() const
{
    return m_server->failedHandshakes();
}

HttpResponse DockerHost::handle(const HttpRequest &request) const
{
    const Flavour f = flavourOf(m_options.mode, m_options.image);
    const bool old = m_options.mode == Mode::Old;
    const System system = systemFor(m_options.image);
    // Docker 1.3 ran on the 2014 images: without one named, 14.04.1 as before.
    const System oldSystem = systemFor(
        m_options.image.isEmpty() ? QStringLiteral("Ubuntu-14_04_1-LTS") : m_options.image);
    QString path = request.path;
    static const QRegularExpression versioned(QStringLiteral("^/v(\\d+\\.\\d+)(/.*)$"));
    if (const auto m = versioned.match(path); m.hasMatch()) {
        const QString client = m.captured(1);
        path = m.captured(2);
        if (compareVersions(client, f.api) > 0) {
            if (old) {
                return HttpResponse::text(
                    404, QStringLiteral("client and server don't have same version (client : %1, "
                                        "server: %2)\n")
                             .arg(client, f.api)
                             .toUtf8());
            }
            return json(400, {{QStringLiteral("message"),
                               QStringLiteral("client version %1 is too new. Maximum supported "
                                              "API version is %2")
                                   .arg(client, f.api)}});
        }
        if (!f.minApi.isEmpty() && compareVersions(client, f.minApi) < 0) {
            return json(400, {{QStringLiteral("message"),
                               QStringLiteral("client version %1 is too old. Minimum supported "
                                              "API version is %2, please upgrade your client to "
                                              "a newer version")
                                   .arg(client, f.minApi)}});
        }
    }
    if (m_swarm) {
        if (auto r =
                m_swarm->handle(m_swarmHandle, request.method, path, request.query, request.body))
            return *r;
    }
    if (request.method != "GET" && request.method != "HEAD")
        return json(405, {{QStringLiteral("message"), QStringLiteral("method not allowed")}});

    if (path == QLatin1String("/_ping")) {
        HttpResponse r = HttpResponse::text(200, "OK");
        if (!old) {
            r.setHeader("Api-Version", f.api.toUtf8());
            r.setHeader("Docker-Experimental", "false");
            r.setHeader("Ostype", "linux");
            r.setHeader("Server", "Docker/" + f.version.toUtf8() + " (linux)");
            r.setHeader("Cache-Control", "no-cache, no-store, must-revalidate");
        }
        return r;
    }
    const int running = m_options.containersRunning;
    const int paused = m_options.containersPaused;
    const int stopped = m_options.containersStopped;
    if (path == QLatin1String("/version")) {
        if (old) {
            QJsonObject o{{QStringLiteral("Version"), f.version},
                          {QStringLiteral("GitCommit"), QStringLiteral("720b0c8")},
                          {QStringLiteral("GoVersion"), QStringLiteral("go1.3.3")}};
            if (!m_options.omitApiVersion)
                o.insert(QStringLiteral("ApiVersion"), f.api);
            return json(200, o);
        }
        return json(200, {{QStringLiteral("Platform"),
                           QJsonObject{{QStringLiteral("Name"), QStringLiteral("")}}},
                          {QStringLiteral("Version"), f.version},
                          {QStringLiteral("ApiVersion"), f.api},
                          {QStringLiteral("MinAPIVersion"), f.minApi},
                          {QStringLiteral("GitCommit"), QStringLiteral("5d6db84")},
                          {QStringLiteral("GoVersion"), QStringLiteral("go1.19.8")},
                          {QStringLiteral("Os"), QStringLiteral("linux")},
                          {QStringLiteral("Arch"), QStringLiteral("amd64")},
                          {QStringLiteral("KernelVersion"), system.kernelVersion},
                          {QStringLiteral("BuildTime"),
                           QStringLiteral("2023-04-14T10:32:03.000000000+00:00")}});
    }
    if (path == QLatin1String("/info")) {
        if (old) {
            // Docker 1.3-era shape: numbers for booleans, no running/paused/stopped split.
            return json(200, {{QStringLiteral("Containers"), running + paused + stopped},
                              {QStringLiteral("Images"), m_options.images},
                              {QStringLiteral("Driver"), QStringLiteral("aufs")},
                              {QStringLiteral("DriverStatus"),
                               pairList(QStringLiteral("Root Dir"),
                                        QStringLiteral("/var/lib/docker/aufs"))},
                              {QStringLiteral("ExecutionDriver"), QStringLiteral("native-0.2")},
                              {QStringLiteral("KernelVersion"), oldSystem.kernelVersion},
                              {QStringLiteral("OperatingSystem"), oldSystem.operatingSystem},
                              {QStringLiteral("NCPU"), 1},
                              {QStringLiteral("MemTotal"), 1730629632.0},
                              {QStringLiteral("Name"), m_options.name},
                              {QStringLiteral("ID"), QStringLiteral("7TRN:IPZB:QYBB:VPBQ")},
                              {QStringLiteral("Debug"), 0},
                              {QStringLiteral("NFd"), 15},
                              {QStringLiteral("NGoroutines"), 18},
                              {QStringLiteral("NEventsListener"), 0},
                              {QStringLiteral("InitPath"), QStringLiteral("/usr/bin/docker")},
                              {QStringLiteral("IndexServerAddress"),
                               QStringLiteral("https://index.docker.io/v1/")},
                              {QStringLiteral("MemoryLimit"), 1},
                              {QStringLiteral("SwapLimit"), 0},
                              {QStringLiteral("IPv4Forwarding"), 1}});
        }
        return json(200, {{QStringLiteral("ID"), QStringLiteral("Q4ZG:3K5V:SIM0:DOCK")},
                          {QStringLiteral("Containers"), running + paused + stopped},
                          {QStringLiteral("ContainersRunning"), running},
                          {QStringLiteral("ContainersPaused"), paused},
                          {QStringLiteral("ContainersStopped"), stopped},
                          {QStringLiteral("Images"), m_options.images},
                          {QStringLiteral("Driver"), QStringLiteral("overlay2")},
                          {QStringLiteral("DriverStatus"),
                           pairList(QStringLiteral("Backing Filesystem"), QStringLiteral("extfs"))},
                          {QStringLiteral("MemoryLimit"), true},
                          {QStringLiteral("SwapLimit"), false},
                          {QStringLiteral("Debug"), false},
                          {QStringLiteral("LoggingDriver"), QStringLiteral("json-file")},
                          {QStringLiteral("CgroupDriver"), QStringLiteral("systemd")},
                          {QStringLiteral("CgroupVersion"), QStringLiteral("2")},
                          {QStringLiteral("KernelVersion"), system.kernelVersion},
                          {QStringLiteral("OperatingSystem"), system.operatingSystem},
                          {QStringLiteral("OSVersion"), system.osVersion},
                          {QStringLiteral("OSType"), QStringLiteral("linux")},
                          {QStringLiteral("Architecture"), QStringLiteral("x86_64")},
                          {QStringLiteral("NCPU"), 2},
                          {QStringLiteral("MemTotal"), 8341037056.0},
                          {QStringLiteral("DockerRootDir"), QStringLiteral("/var/lib/docker")},
                          {QStringLiteral("Name"), m_options.name},
                          {QStringLiteral("Labels"), QJsonArray()},
                          {QStringLiteral("ExperimentalBuild"), false},
                          {QStringLiteral("ServerVersion"), f.version},
                          {QStringLiteral("DefaultRuntime"), QStringLiteral("runc")},
                          {QStringLiteral("LiveRestoreEnabled"), false},
                          {QStringLiteral("SecurityOptions"),
                           QJsonArray{QStringLiteral("name=apparmor"),
                                      QStringLiteral("name=seccomp,profile=default")}},
                          {QStringLiteral("Swarm"), m_swarm->infoSwarm(m_swarmHandle)},
                          {QStringLiteral("Warnings"), QJsonArray()}});
    }
    if (old)
        return HttpResponse::text(404, "404 page not found\n");
    return json(404, {{QStringLiteral("message"), QStringLiteral("page not found")}});
}

} // namespace dockervm::sim
