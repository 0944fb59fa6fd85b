#include "docker/dockerprobe.h"

#include "certs/x509.h"
#include "common/hostoverrides.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

namespace dockervm::docker {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dockervm::docker::DockerProbe", text);
}

QString certName(const QSslCertificate &cert)
{
    QStringList cn = cert.subjectInfo(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        return QStringLiteral("CN=") + cn.join(QLatin1Char(','));
    const QStringList org = cert.subjectInfo(QSslCertificate::Organization);
    if (!org.isEmpty())
        return QStringLiteral("O=") + org.join(QLatin1Char(','));
    return cert.subjectDisplayName();
}

QString issuerName(const QSslCertificate &cert)
{
    QStringList cn = cert.issuerInfo(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        return QStringLiteral("CN=") + cn.join(QLatin1Char(','));
    return cert.issuerDisplayName();
}

// "DNS:a.example, IP:127.0.0.1 (CN=a.example)"
QString namesOf(const QSslCertificate &cert)
{
    QStringList names;
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.constBegin(); it != sans.constEnd(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            names << QStringLiteral("DNS:") + it.value();
        else if (it.key() == QSsl::IpAddressEntry)
            names << QStringLiteral("IP:") + it.value();
        else if (it.key() == QSsl::EmailEntry)
            names << QStringLiteral("email:") + it.value();
    }
    QString text =
        names.isEmpty() ? tr("no subjectAltName at all") : names.join(QStringLiteral(", "));
    const QStringList cn = cert.subjectInfo(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        text += QStringLiteral(" (CN=%1)").arg(cn.join(QLatin1Char(',')));
    return text;
}

QString dateText(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

bool looksLikeClientCertAlert(const QString &text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("alert bad certificate")) ||
           t.contains(QLatin1String("certificate required")) ||
           t.contains(QLatin1String("alert unknown ca")) ||
           t.contains(QLatin1String("alert certificate unknown")) ||
           t.contains(QLatin1String("alert unsupported certificate")) ||
           t.contains(QLatin1String("alert certificate revoked")) ||
           t.contains(QLatin1String("alert certificate expired")) ||
           t.contains(QLatin1String("alert access denied"));
}

bool looksLikeNotTls(const QString &text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("wrong version number")) ||
           t.contains(QLatin1String("unexpected record")) ||
           t.contains(QLatin1String("packet length too long")) ||
           t.contains(QLatin1String("record layer failure")) ||
           t.contains(QLatin1String("http request")) ||
           t.contains(QLatin1String("unknown protocol")) ||
           t.contains(QLatin1String("record length"));
}

std::optional<QSslKey> readKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

bool readFile(const QString &path, QByteArray *data, QString *why)
{
    QFileInfo fi(path);
    if (!fi.exists()) {
        *why = tr("%1 does not exist").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    *data = f.readAll();
    return true;
}

} // namespace

// ---- report ---------------------------------------------------------------------------------

QString stageId(ProbeStage stage)
{
    switch (stage) {
    case ProbeStage::CertificateFiles:
        return QStringLiteral("certificate-files");
    case ProbeStage::Resolve:
        return QStringLiteral("resolve");
    case ProbeStage::Connect:
        return QStringLiteral("connect");
    case ProbeStage::TlsHandshake:
        return QStringLiteral("tls-handshake");
    case ProbeStage::ClientCertificate:
        return QStringLiteral("client-certificate");
    case ProbeStage::Ping:
        return QStringLiteral("ping");
    case ProbeStage::Version:
        return QStringLiteral("version");
    case ProbeStage::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString stageLabel(ProbeStage stage)
{
    switch (stage) {
    case ProbeStage::CertificateFiles:
        return tr("Certificate files");
    case ProbeStage::Resolve:
        return tr("Name resolution");
    case ProbeStage::Connect:
        return tr("TCP connection");
    case ProbeStage::TlsHandshake:
        return tr("TLS handshake");
    case ProbeStage::ClientCertificate:
        return tr("Client certificate");
    case ProbeStage::Ping:
        return tr("GET /_ping");
    case ProbeStage::Version:
        return tr("GET /version");
    case ProbeStage::Info:
        return tr("GET /info");
    }
    return {};
}

QString failureId(ProbeFailure failure)
{
    switch (failure) {
    case ProbeFailure::None:
        return QStringLiteral("none");
    case ProbeFailure::CertificateFiles:
        return QStringLiteral("certificate-files");
    case ProbeFailure::NameNotFound:
        return QStringLiteral("name-not-found");
    case ProbeFailure::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ProbeFailure::ConnectTimeout:
        return QStringLiteral("connect-timeout");
    case ProbeFailure::HostUnreachable:
        return QStringLiteral("host-unreachable");
    case ProbeFailure::ConnectError:
        return QStringLiteral("connect-error");
    case ProbeFailure::UntrustedCertificate:
        return QStringLiteral("untrusted-certificate");
    case ProbeFailure::HostNameMismatch:
        return QStringLiteral("host-name-mismatch");
    case ProbeFailure::CertificateExpired:
        return QStringLiteral("certificate-expired");
    case ProbeFailure::CertificateNotYetValid:
        return QStringLiteral("certificate-not-yet-valid");
    case ProbeFailure::PlainHttp:
        return QStringLiteral("plain-http");
    case ProbeFailure::TlsError:
        return QStringLiteral("tls-error");
    case ProbeFailure::ClientCertificateRefused:
        return QStringLiteral("client-certificate-refused");
    case ProbeFailure::Timeout:
        return QStringLiteral("timeout");
    case ProbeFailure::HttpError:
        return QStringLiteral("http-error");
    case ProbeFailure::UnexpectedAnswer:
        return QStringLiteral("unexpected-answer");
    case ProbeFailure::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

const StageResult *ConnectionReport::stage(ProbeStage s) const
{
    for (const auto &r : stages) {
        if (r.stage == s)
            return &r;
    }
    return nullptr;
}

QJsonObject ConnectionReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("port"), int(port));
    o.insert(QStringLiteral("certDir"), QDir::toNativeSeparators(certDir));
    o.insert(QStringLiteral("mode"), mode == ProbeOptions::Mode::Verify
                                         ? QStringLiteral("verify")
                                         : QStringLiteral("legacy-tls"));
    o.insert(QStringLiteral("ok"), ok);
    if (!ok) {
        o.insert(QStringLiteral("failure"), failureId(failure));
        o.insert(QStringLiteral("failedStage"), stageId(failedStage));
    }
    o.insert(QStringLiteral("summary"), summary);
    o.insert(QStringLiteral("attempts"), attempts);
    o.insert(QStringLiteral("elapsedMs"), double(elapsedMs));
    QJsonArray list;
    for (const auto &s : stages) {
        list.append(QJsonObject{{QStringLiteral("stage"), stageId(s.stage)},
                                {QStringLiteral("passed"), s.passed},
                                {QStringLiteral("detail"), s.detail},
                                {QStringLiteral("elapsedMs"), double(s.elapsedMs)}});
    }
    o.insert(QStringLiteral("stages"), list);
    o.insert(QStringLiteral("server"), server.toJson());
    return o;
}

// ---- probe ----------------------------------------------------------------------------------

DockerProbe::DockerProbe(ProbeOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_retryTimer.setSingleShot(true);
    m_stageTimer.setSingleShot(true);
    m_sniffTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DockerProbe::beginAttempt);
    connect(&m_stageTimer, &QTimer::timeout, this, &DockerProbe::onStageTimeout);
    connect(&m_sniffTimer, &QTimer::timeout, this, &DockerProbe::startPlainSniff);
}

DockerProbe::~DockerProbe()
{
    cleanupConnection();
}

QString DockerProbe::targetText() const
{
    return QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
}

void DockerProbe::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = ConnectionReport();
    m_report.host = m_options.host;
    m_report.port = m_options.port;
    m_report.certDir = m_options.certDir;
    m_report.mode = m_options.mode;
    m_attempt = 0;
    m_backoffMs = 500;
    m_total.start();
    m_deadline = QDeadlineTimer(qint64(qMax(0, m_options.waitSeconds)) * 1000);
    qCDebug(lcDocker) << "probing" << targetText() << "certs in" << m_options.certDir
                      << (m_options.mode == ProbeOptions::Mode::Verify ? "verify" : "legacy-tls")
                      << "wait" << m_options.waitSeconds << "s";

    m_stage = ProbeStage::CertificateFiles;
    m_stageClock.start();
    emit stageChanged(m_stage);
    QString detail;
    const bool filesOk = loadFiles(&detail);
    m_filesStage =
        StageResult{ProbeStage::CertificateFiles, filesOk, detail, m_stageClock.elapsed()};
    if (!filesOk) {
        // Waiting does not make files appear: fail now, before any traffic.
        m_report.stages = {m_filesStage};
        m_report.attempts = 0;
        m_report.failure = ProbeFailure::CertificateFiles;
        m_report.failedStage = ProbeStage::CertificateFiles;
        emit stageFinished(m_filesStage);
        // Deliver asynchronously so callers can connect after start() as well as before.
        QTimer::singleShot(0, this, [this, detail] {
            if (m_running)
                finishProbe(false, detail);
        });
        return;
    }
    emit stageFinished(m_filesStage);
    beginAttempt();
}

bool DockerProbe::loadFiles(QString *detail)
{
    if (m_options.host.trimmed().isEmpty()) {
        *detail = tr("No host name given.");
        return false;
    }
    const QString dir = m_options.certDir;
    const QString nativeDir = QDir::toNativeSeparators(dir);
    const bool verify = m_options.mode == ProbeOptions::Mode::Verify;
    const QString nextStep =
        tr("Use the folder the VM's certificates were made in (--cert-dir), or make new ones with "
           "'docker-vm certs create --host %1 --cert-dir %2'.")
            .arg(m_options.host, nativeDir);
    QStringList problems;
    QByteArray caPem, certPem, keyPem;
    QString why;
    QList<QSslCertificate> cas;
    if (verify) {
        if (!readFile(dir + QStringLiteral("/ca.pem"), &caPem, &why)) {
            problems << why;
        } else {
            cas = QSslCertificate::fromData(caPem, QSsl::Pem);
            if (cas.isEmpty())
                problems << tr("%1 holds no PEM certificate")
                                .arg(QDir::toNativeSeparators(dir + QStringLiteral("/ca.pem")));
        }
    }
    QSslCertificate clientCert;
    if (!readFile(dir + QStringLiteral("/cert.pem"), &certPem, &why)) {
        problems << why;
    } else {
        const auto certs = QSslCertificate::fromData(certPem, QSsl::Pem);
        if (certs.isEmpty())
            problems << tr("%1 holds no PEM certificate")
                            .arg(QDir::toNativeSeparators(dir + QStringLiteral("/cert.pem")));
        else
            clientCert = certs.first();
    }
    std::optional<QSslKey> key;
    if (!readFile(dir + QStringLiteral("/key.pem"), &keyPem, &why)) {
        problems << why;
    } else {
        key = readKey(keyPem);
        if (!key)
            problems << tr("%1 is not an unencrypted PEM private key (RSA or EC)")
                            .arg(QDir::toNativeSeparators(dir + QStringLiteral("/key.pem")));
    }
    if (problems.isEmpty()) {
        QString keyError;
        if (!certs::privateKeyMatchesCertificate(certPem, keyPem, &keyError))
            problems << tr("%1 does not belong to %2 (%3)")
                            .arg(QDir::toNativeSeparators(dir + QStringLiteral("/key.pem")),
                                 QDir::toNativeSeparators(dir + QStringLiteral("/cert.pem")),
                                 keyError);
    }
    if (!problems.isEmpty()) {
        *detail = tr("The Docker client certificates are not usable: %1. %2")
                      .arg(problems.join(QStringLiteral("; ")), nextStep);
        return false;
    }

    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setLocalCertificate(clientCert);
    m_ssl.setPrivateKey(*key);
    if (verify) {
        // Our CA only: setCaCertificates() replaces the system store and turns off on-demand
        // loading of system roots, like docker's --tlscacert.
        m_ssl.setCaCertificates(cas);
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        m_ssl.setCaCertificates({});
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_clientCertText = tr("%1, issued by %2").arg(certName(clientCert), issuerName(clientCert));
    if (!cas.isEmpty()) {
        // Two CAs often share a name ("Test CA", "Docker CA"): the fingerprint tells them apart.
        const QByteArray fp = cas.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper();
        m_caText =
            tr("%1, SHA-256 %2…").arg(certName(cas.first()), QString::fromLatin1(fp.left(23)));
    }

    QString text;
    if (verify)
        text = tr("ca.pem (%1), cert.pem (%2) and key.pem loaded from %3")
                   .arg(m_caText, m_clientCertText, nativeDir);
    else
        text = tr("cert.pem (%1) and key.pem loaded from %2; legacy mode: the server will not be "
                  "verified")
                   .arg(m_clientCertText, nativeDir);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (clientCert.expiryDate() < now)
        text +=
            QLatin1String("; ") + tr("WARNING: cert.pem expired on %1, the daemon will refuse it")
                                      .arg(dateText(clientCert.expiryDate()));
    *detail = text;
    return true;
}

void DockerProbe::beginAttempt()
{
    if (!m_running)
        return;
    cleanupConnection();
    ++m_attempt;
    m_report.attempts = m_attempt;
    m_report.stages = {m_filesStage};
    m_report.server = ServerFacts();
    m_addresses.clear();
    m_addressIndex = 0;
    m_lastConnectError.clear();
    m_infoRetried = false;
    m_apiNote.clear();
    m_softClientCertFailure = false;
    qCDebug(lcDocker) << "attempt" << m_attempt << "for" << targetText();

    startStage(ProbeStage::Resolve);
    if (const auto target = HostOverrides::lookup(m_options.host, m_options.port)) {
        m_targetPort = target->port;
        passStage(tr("%1 mapped to %2:%3 by the demo/test host override; the certificate is "
                     "still verified for %1")
                      .arg(m_options.host, target->address.toString())
                      .arg(target->port));
        m_addresses = {target->address};
        startStage(ProbeStage::Connect);
        connectNext();
        return;
    }
    m_targetPort = m_options.port;
    if (HostOverrides::isLoopbackOnly() && !HostOverrides::isLoopbackName(m_options.host)) {
        failStage(ProbeFailure::NameNotFound,
                  tr("Demo mode only reaches the simulated hosts on this computer, and %1 is not "
                     "one of them; nothing was sent. Start the wizard without --demo to check a "
                     "real host.")
                      .arg(m_options.host));
        return;
    }
    QHostAddress literal;
    if (literal.setAddress(m_options.host)) {
        onResolved({literal});
        return;
    }
    const int attempt = m_attempt;
    m_lookupId =
        QHostInfo::lookupHost(m_options.host, this, [this, attempt](const QHostInfo &info) {
            if (!m_running || attempt != m_attempt || m_stage != ProbeStage::Resolve)
                return;
            m_lookupId = -1;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                const QString why = info.error() == QHostInfo::HostNotFound
                                        ? tr("the name does not exist (NXDOMAIN)")
                                        : info.errorString();
                failStage(ProbeFailure::NameNotFound,
                          tr("Cannot resolve %1: %2. Check the spelling; a new cloud service's DNS "
                             "name can take a few minutes to appear.")
                              .arg(m_options.host, why));
                return;
            }
            onResolved(info.addresses());
        });
}

void DockerProbe::onResolved(const QList<QHostAddress> &addresses)
{
    // IPv4 first: Docker's -H tcp://0.0.0.0:PORT listens on IPv4 only.
    QList<QHostAddress> v4, v6;
    for (const auto &a : addresses)
        (a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4).append(a);
    m_addresses = v4 + v6;
    QStringList texts;
    for (const auto &a : std::as_const(m_addresses))
        texts << a.toString();
    passStage(texts.join(QStringLiteral(", ")));
    startStage(ProbeStage::Connect);
    connectNext();
}

void DockerProbe::startStage(ProbeStage stage)
{
    m_stage = stage;
    m_stageClock.start();
    m_stageTimer.start(qMax(1, m_options.stageTimeoutMs));
    emit stageChanged(stage);
}

void DockerProbe::passStage(const QString &detail)
{
    m_stageTimer.stop();
    StageResult r{m_stage, true, detail, m_stageClock.elapsed()};
    qCDebug(lcDocker) << "stage" << stageId(m_stage) << "passed:" << detail;
    m_report.stages.append(r);
    emit stageFinished(r);
}

bool DockerProbe::isRetryable(ProbeFailure failure) const
{
    switch (failure) {
    case ProbeFailure::NameNotFound:
        // In demo mode an unmapped name is refused, not looked up: waiting cannot change that.
        return !HostOverrides::isLoopbackOnly();
    case ProbeFailure::ConnectionRefused:
    case ProbeFailure::ConnectTimeout:
    case ProbeFailure::HostUnreachable:
    case ProbeFailure::ConnectError:
    case ProbeFailure::Timeout:
    case ProbeFailure::TlsError:
    case ProbeFailure::HttpError:
    case ProbeFailure::UnexpectedAnswer:
        return true;
    default:
        return false;
    }
}

void DockerProbe::failStage(ProbeFailure failure, const QString &diagnosis)
{
    if (!m_running)
        return;
    m_stageTimer.stop();
    StageResult r{m_stage, false, diagnosis, m_stageClock.elapsed()};
    qCDebug(lcDocker) << "stage" << stageId(m_stage) << "failed:" << failureId(failure)
                      << diagnosis;
    m_report.stages.append(r);
    m_report.failure = failure;
    m_report.failedStage = m_stage;
    emit stageFinished(r);
    cleanupConnection();
    emit attemptFinished(m_attempt, m_stage, diagnosis);
    if (!m_running)
        return; // a slot cancelled us

    const bool retryable =
        isRetryable(failure) ||
        (failure == ProbeFailure::ClientCertificateRefused && m_softClientCertFailure);
    if (m_options.waitSeconds > 0 && retryable && !m_deadline.hasExpired()) {
        const qint64 remaining = m_deadline.remainingTime();
        const int delay = int(qMin<qint64>(m_backoffMs, qMax<qint64>(remaining, 0)));
        m_backoffMs = qMin(m_backoffMs * 2, 3000);
        qCDebug(lcDocker) << "retrying in" << delay << "ms";
        m_retryTimer.start(delay);
        return;
    }
    QString summary = diagnosis;
    if (m_options.waitSeconds > 0 && retryable)
        summary = tr("Docker on %1 did not answer within %2 s (%3 attempts). Last error: %4")
                      .arg(targetText())
                      .arg(m_options.waitSeconds)
                      .arg(m_attempt)
                      .arg(diagnosis);
    finishProbe(false, summary);
}

void DockerProbe::finishProbe(bool ok, const QString &summary)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    m_stageTimer.stop();
    cleanupConnection();
    m_report.ok = ok;
    if (ok)
        m_report.failure = ProbeFailure::None;
    m_report.summary = summary;
    m_report.elapsedMs = m_total.elapsed();
    qCDebug(lcDocker) << "probe finished:" << (ok ? "ok" : failureId(m_report.failure)) << summary;
    emit finished(m_report);
}

void DockerProbe::cancel()
{
    if (!m_running)
        return;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_report.failure = ProbeFailure::Cancelled;
    m_report.failedStage = m_stage;
    finishProbe(false, tr("The check of %1 was cancelled.").arg(targetText()));
}

void DockerProbe::cleanupConnection()
{
    m_stageTimer.stop();
    m_sniffTimer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_sniff) {
        m_sniff->disconnect(this);
        m_sniff->abort();
        m_sniff->deleteLater();
        m_sniff = nullptr;
    }
    m_sniffBuffer.clear();
    m_sslErrors.clear();
    m_pendingTlsError.clear();
    m_encrypted = false;
    m_request = Request::None;
    m_reply.reset();
}

// ---- connect and handshake ------------------------------------------------------------------

void DockerProbe::connectNext()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const QHostAddress address = m_addresses.value(m_addressIndex);
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(m_ssl);
    socket->setPeerVerifyName(m_options.host);
    connect(socket, &QSslSocket::connected, this, &DockerProbe::onConnected);
    connect(socket, &QSslSocket::encrypted, this, &DockerProbe::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(socket, &QSslSocket::errorOccurred, this, &DockerProbe::onSocketError);
    connect(socket, &QSslSocket::readyRead, this, &DockerProbe::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &DockerProbe::onDisconnected);
    qCDebug(lcDocker) << "connecting to" << address << m_targetPort;
    socket->connectToHost(address, m_targetPort);
}

void DockerProbe::onConnected()
{
    if (m_stage != ProbeStage::Connect)
        return;
    passStage(tr("connected to %1 port %2")
                  .arg(m_addresses.value(m_addressIndex).toString())
                  .arg(m_targetPort));
    startStage(ProbeStage::TlsHandshake);
    m_sslErrors.clear();
    // A plain HTTP server answers nothing to a ClientHello; if the handshake stalls, ask the
    // port in plain HTTP on a second connection to tell the user what is there.
    m_sniffTimer.start(qBound(200, m_options.stageTimeoutMs / 2, 1500));
    m_socket->startClientEncryption();
}

void DockerProbe::onEncrypted()
{
    if (m_stage != ProbeStage::TlsHandshake && m_request == Request::None)
        return;
    if (m_stage != ProbeStage::TlsHandshake) {
        // A fresh connection for a request after the daemon closed the previous one.
        sendRequest(m_request, m_requestPath);
        return;
    }
    m_sniffTimer.stop();
    m_encrypted = true;
    const QSslCertificate peer = m_socket->peerCertificate();
    const QString proto = protocolName(m_socket->sessionProtocol());
    QString detail;
    if (m_options.mode == ProbeOptions::Mode::Verify) {
        detail = tr("%1; the server's certificate %2 (issued by %3, valid until %4) is signed by "
                    "ca.pem and valid for %5")
                     .arg(proto, certName(peer), issuerName(peer), dateText(peer.expiryDate()),
                          m_options.host);
    } else {
        detail = tr("%1; LEGACY MODE (--tls): the server's certificate %2 (issued by %3) was NOT "
                    "verified")
                     .arg(proto, certName(peer), issuerName(peer));
    }
    passStage(detail);
    // TLS 1.3 servers check the client certificate after our side of the handshake is done: the
    // first answer (or the connection dropping) tells whether the daemon took it.
    startStage(ProbeStage::ClientCertificate);
    sendRequest(Request::Ping, QStringLiteral("/_ping"));
}

QString DockerProbe::describeSslErrors(ProbeFailure *failure) const
{
    bool untrusted = false, expired = false, notYet = false, mismatch = false;
    QSslCertificate cert = m_socket ? m_socket->peerCertificate() : QSslCertificate();
    QStringList other;
    for (const auto &e : m_sslErrors) {
        if (cert.isNull() && !e.certificate().isNull())
            cert = e.certificate();
        switch (e.error()) {
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateSignatureFailed:
        case QSslError::InvalidCaCertificate:
        case QSslError::UnableToDecryptCertificateSignature:
            untrusted = true;
            break;
        case QSslError::CertificateExpired:
            expired = true;
            break;
        case QSslError::CertificateNotYetValid:
            notYet = true;
            break;
        case QSslError::HostNameMismatch:
            mismatch = true;
            break;
        default:
            other << e.errorString();
            break;
        }
    }
    const QString caFile = QDir::toNativeSeparators(m_options.certDir + QStringLiteral("/ca.pem"));
    QStringList parts;
    *failure = ProbeFailure::TlsError;
    if (untrusted) {
        *failure = ProbeFailure::UntrustedCertificate;
        parts << tr("the server's certificate (%1, issued by %2) is not signed by the CA in %3 "
                    "(%4). Use the ca.pem that signed the daemon's certificate, or give the daemon "
                    "a server certificate made from this CA ('docker-vm certs create --host %5')")
                     .arg(certName(cert), issuerName(cert), caFile, m_caText, m_options.host);
    }
    if (expired) {
        if (*failure == ProbeFailure::TlsError)
            *failure = ProbeFailure::CertificateExpired;
        parts << tr("the server's certificate expired on %1. Issue a new server certificate "
                    "('docker-vm certs create --host %2') and install it on the daemon")
                     .arg(dateText(cert.expiryDate()), m_options.host);
    }
    if (notYet) {
        if (*failure == ProbeFailure::TlsError)
            *failure = ProbeFailure::CertificateNotYetValid;
        parts << tr("the server's certificate is not valid before %1; check the clocks of this "
                    "computer and the server")
                     .arg(dateText(cert.effectiveDate()));
    }
    if (mismatch) {
        if (*failure == ProbeFailure::TlsError)
            *failure = ProbeFailure::HostNameMismatch;
        parts << tr("the server's certificate is valid for %1, not for %2. Connect with a name the "
                    "certificate carries, or issue a server certificate for %2 ('docker-vm certs "
                    "create --host %2'); the legacy --tls mode skips this check")
                     .arg(namesOf(cert), m_options.host);
    }
    if (!other.isEmpty())
        parts << other.join(QStringLiteral("; "));
    return parts.join(QStringLiteral("; also "));
}

void DockerProbe::onSocketError()
{
    if (!m_socket || !m_running)
        return;
    const auto error = m_socket->error();
    const QString text = m_socket->errorString();
    qCDebug(lcDocker) << "socket error in stage" << stageId(m_stage) << error << text;

    if (m_stage == ProbeStage::Connect) {
        const QString where = QStringLiteral("%1 port %2")
                                  .arg(m_addresses.value(m_addressIndex).toString())
                                  .arg(m_targetPort);
        m_lastConnectError = where + QStringLiteral(": ") + text;
        if (m_addressIndex + 1 < m_addresses.size()) {
            ++m_addressIndex;
            connectNext();
            return;
        }
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            failStage(ProbeFailure::ConnectionRefused,
                      tr("Nothing accepts connections on %1 (connection refused): the Docker "
                         "daemon is not running yet, or listens on another port. Check "
                         "--docker-port and that dockerd runs with -H tcp://0.0.0.0:%2.")
                          .arg(where)
                          .arg(m_options.port));
            return;
        case QAbstractSocket::NetworkError:
        case QAbstractSocket::HostNotFoundError:
            failStage(ProbeFailure::HostUnreachable,
                      tr("%1 cannot be reached (%2): check this computer's network connection.")
                          .arg(where, text));
            return;
        case QAbstractSocket::SocketTimeoutError:
            failStage(ProbeFailure::ConnectTimeout,
                      tr("No answer from %1: a firewall drops the packets or the port has no "
                         "endpoint on the cloud service.")
                          .arg(where));
            return;
        default:
            failStage(ProbeFailure::ConnectError, tr("Cannot connect to %1: %2").arg(where, text));
            return;
        }
    }

    if (m_stage == ProbeStage::TlsHandshake) {
        if (error == QAbstractSocket::SslInvalidUserDataError) {
            failStage(ProbeFailure::CertificateFiles,
                      tr("The client certificate cannot be used: %1. Check that key.pem belongs "
                         "to cert.pem in %2.")
                          .arg(text, QDir::toNativeSeparators(m_options.certDir)));
            return;
        }
        if (!m_sslErrors.isEmpty()) {
            ProbeFailure failure = ProbeFailure::TlsError;
            const QString why = describeSslErrors(&failure);
            finishTlsFailure(failure,
                             tr("TLS handshake with %1 failed: %2.").arg(targetText(), why));
            return;
        }
        if (looksLikeClientCertAlert(text)) {
            passStage(tr("the daemon ended the handshake with an alert about our certificate"));
            startStage(ProbeStage::ClientCertificate);
            handleClientCertFailure(text);
            return;
        }
        // Not TLS on the other side? Ask in plain HTTP before deciding.
        m_pendingTlsError = text;
        if (m_sniff && m_sniff->state() == QAbstractSocket::UnconnectedState) {
            // The sniff already found TLS (or nothing) on the port.
            finishTlsFailure(ProbeFailure::TlsError,
                             tr("TLS handshake with %1 failed: %2").arg(targetText(), text));
            return;
        }
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
        if (!m_sniff)
            startPlainSniff();
        return;
    }

    if (m_stage == ProbeStage::ClientCertificate) {
        handleClientCertFailure(text);
        return;
    }

    if (m_stage == ProbeStage::Ping || m_stage == ProbeStage::Version ||
        m_stage == ProbeStage::Info) {
        if (error == QAbstractSocket::RemoteHostClosedError &&
            m_reply.state() == HttpReplyParser::State::Incomplete) {
            onDisconnected();
            return;
        }
        failStage(ProbeFailure::UnexpectedAnswer,
                  tr("The connection to %1 failed during %2: %3")
                      .arg(targetText(), stageLabel(m_stage), text));
    }
}

void DockerProbe::finishTlsFailure(ProbeFailure failure, const QString &diagnosis)
{
    m_sniffTimer.stop();
    failStage(failure, diagnosis);
}

void DockerProbe::startPlainSniff()
{
    if (m_stage != ProbeStage::TlsHandshake || m_sniff)
        return;
    auto *sniff = new QTcpSocket(this);
    m_sniff = sniff;
    m_sniffBuffer.clear();
    connect(sniff, &QTcpSocket::connected, this, [this] {
        if (m_sniff)
            m_sniff->write("GET /_ping HTTP/1.0\r\nHost: " + m_options.host.toUtf8() +
                           "\r\nUser-Agent: docker-vm\r\n\r\n");
    });
    connect(sniff, &QTcpSocket::readyRead, this, &DockerProbe::onSniffData);
    auto giveUp = [this] {
        if (!m_sniff)
            return;
        onSniffData();
        if (m_stage == ProbeStage::TlsHandshake && !m_pendingTlsError.isEmpty()) {
            finishTlsFailure(
                ProbeFailure::TlsError,
                looksLikeNotTls(m_pendingTlsError)
                    ? tr("The service on %1 does not speak TLS (%2). Is the daemon started with "
                         "--tlsverify on this port?")
                          .arg(targetText(), m_pendingTlsError)
                    : tr("TLS handshake with %1 failed: %2. Is the daemon started with "
                         "--tlsverify on this port?")
                          .arg(targetText(), m_pendingTlsError));
        }
    };
    connect(sniff, &QTcpSocket::disconnected, this, giveUp);
    connect(sniff, &QTcpSocket::errorOccurred, this, giveUp);
    sniff->connectToHost(m_addresses.value(m_addressIndex), m_targetPort);
}

void DockerProbe::onSniffData()
{
    if (!m_sniff || m_stage != ProbeStage::TlsHandshake)
        return;
    m_sniffBuffer += m_sniff->readAll();
    if (m_sniffBuffer.size() < 8 && m_sniff->state() == QAbstractSocket::ConnectedState)
        return;
    if (!m_sniffBuffer.startsWith("HTTP/1.")) {
        if (m_sniffBuffer.size() >= 8) {
            m_sniff->disconnect(this);
            m_sniff->abort();
        }
        return;
    }
    // Go's TLS listener answers plain requests with "400 ... Client sent an HTTP request to an
    // HTTPS server": that port does speak TLS.
    if (m_sniffBuffer.contains("HTTPS server")) {
        m_sniff->disconnect(this);
        m_sniff->abort();
        return;
    }
    const qsizetype eol = m_sniffBuffer.indexOf('\r');
    const QString statusLine = QString::fromLatin1(m_sniffBuffer.left(eol < 0 ? 60 : eol));
    finishTlsFailure(ProbeFailure::PlainHttp,
                     tr("Port %1 on %2 speaks plain HTTP, not TLS (it answered \"%3\"). The daemon "
                        "was started without --tlsverify or another service listens there; never "
                        "expose Docker without TLS. Start dockerd with --tlsverify --tlscacert "
                        "--tlscert --tlskey on this port.")
                         .arg(m_options.port)
                         .arg(m_options.host, statusLine));
}

// ---- HTTP -----------------------------------------------------------------------------------

void DockerProbe::sendRequest(Request request, const QString &path)
{
    m_request = request;
    m_requestPath = path;
    m_reply.reset();
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState ||
        !m_socket->isEncrypted()) {
        // The daemon closed the previous connection: open a new one for this request.
        qCDebug(lcDocker) << "reconnecting for" << path;
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
        auto *socket = new QSslSocket(this);
        m_socket = socket;
        socket->setSslConfiguration(m_ssl);
        socket->setPeerVerifyName(m_options.host);
        connect(socket, &QSslSocket::encrypted, this, &DockerProbe::onEncrypted);
        connect(socket, &QSslSocket::errorOccurred, this, &DockerProbe::onSocketError);
        connect(socket, &QSslSocket::readyRead, this, &DockerProbe::onReadyRead);
        connect(socket, &QSslSocket::disconnected, this, &DockerProbe::onDisconnected);
        socket->connectToHostEncrypted(m_addresses.value(m_addressIndex).toString(), m_targetPort,
                                       m_options.host);
        return;
    }
    const QByteArray host = m_options.host.toUtf8() + ':' + QByteArray::number(m_options.port);
    const QByteArray bytes =
        "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: docker-vm/" +
        QCoreApplication::applicationVersion().toUtf8() + "\r\nAccept: application/json\r\n\r\n";
    qCDebug(lcDocker) << "GET" << path;
    m_socket->write(bytes);
}

void DockerProbe::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (m_request == Request::None || bytes.isEmpty())
        return;
    if (m_stage == ProbeStage::ClientCertificate) {
        passStage(tr("the daemon accepted cert.pem (%1)").arg(m_clientCertText));
        startStage(ProbeStage::Ping);
    }
    m_reply.feed(bytes);
    onReply();
}

void DockerProbe::onDisconnected()
{
    if (!m_running)
        return;
    if (m_stage == ProbeStage::ClientCertificate) {
        handleClientCertFailure(m_socket ? m_socket->errorString() : QString());
        return;
    }
    if (m_request != Request::None && m_reply.state() == HttpReplyParser::State::Incomplete) {
        m_reply.finishAtEof();
        onReply();
    }
}

void DockerProbe::handleClientCertFailure(const QString &socketError)
{
    const QString certFile =
        QDir::toNativeSeparators(m_options.certDir + QStringLiteral("/cert.pem"));
    const QString keyFile =
        QDir::toNativeSeparators(m_options.certDir + QStringLiteral("/key.pem"));
    QString alert;
    if (looksLikeClientCertAlert(socketError))
        alert = tr(" (TLS alert: %1)").arg(socketError);
    // Without an explicit alert the daemon may just have been restarting (the Docker extension
    // restarts it once with new certificates): wait mode tries again.
    m_softClientCertFailure = alert.isEmpty();
    failStage(ProbeFailure::ClientCertificateRefused,
              tr("The daemon on %1 refused our client certificate %2 (%3)%4: a daemon started "
                 "with --tlsverify accepts only client certificates signed by its --tlscacert. "
                 "Use the cert.pem and key.pem made with the CA whose certificate the VM got, or "
                 "make a new set with 'docker-vm certs create' and install its CA on the daemon. "
                 "The key is %5.")
                  .arg(targetText(), certFile, m_clientCertText, alert, keyFile));
}

void DockerProbe::onReply()
{
    if (m_reply.state() == HttpReplyParser::State::Incomplete)
        return;
    if (m_reply.state() == HttpReplyParser::State::Error) {
        failStage(ProbeFailure::UnexpectedAnswer,
                  tr("%1 did not answer %2 with valid HTTP: %3")
                      .arg(targetText(), m_requestPath, QString::fromUtf8(m_reply.errorText())));
        return;
    }
    const int status = m_reply.status();
    const QByteArray body = m_reply.body();
    const Request request = m_request;
    m_request = Request::None;
    if (m_reply.connectionClose() && m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const QString bodyText = QString::fromUtf8(body.left(300)).trimmed();

    switch (request) {
    case Request::None:
        return;
    case Request::Ping: {
        if (status != 200) {
            failStage(ProbeFailure::HttpError,
                      tr("GET /_ping answered %1 %2: %3")
                          .arg(status)
                          .arg(QString::fromUtf8(m_reply.reason()), bodyText));
            return;
        }
        const QString apiHeader0 = QString::fromUtf8(m_reply.header("Api-Version")).trimmed();
        if (body.trimmed() != "OK" && apiHeader0.isEmpty()) {
            failStage(ProbeFailure::UnexpectedAnswer,
                      tr("GET /_ping on %1 answered 200 but not \"OK\" (\"%2\"): this does not "
                         "look like a Docker daemon. Check --docker-port.")
                          .arg(targetText(), bodyText.left(60)));
            return;
        }
        ServerFacts &f = m_report.server;
        const QString apiHeader = QString::fromUtf8(m_reply.header("Api-Version")).trimmed();
        if (!apiHeader.isEmpty())
            f.apiVersion = apiHeader;
        const QString osType = QString::fromUtf8(m_reply.header("Ostype")).trimmed();
        if (!osType.isEmpty())
            f.osType = osType;
        const QString server = QString::fromUtf8(m_reply.header("Server")).trimmed();
        if (server.startsWith(QLatin1String("Docker/")))
            f.serverVersion = server.mid(7).section(QLatin1Char(' '), 0, 0);
        QString detail =
            body.trimmed() == "OK" ? QStringLiteral("OK") : tr("200 (%1)").arg(bodyText);
        if (!apiHeader.isEmpty())
            detail += tr(", API-Version %1").arg(apiHeader);
        if (!server.isEmpty())
            detail += QStringLiteral(", Server: ") + server;
        passStage(detail);
        startStage(ProbeStage::Version);
        sendRequest(Request::Version, QStringLiteral("/version"));
        return;
    }
    case Request::Version: {
        if (status != 200) {
            failStage(ProbeFailure::HttpError,
                      tr("GET /version answered %1: %2").arg(status).arg(bodyText));
            return;
        }
        QString error;
        if (!parseVersionJson(body, &m_report.server, &error)) {
            failStage(ProbeFailure::UnexpectedAnswer,
                      tr("GET /version: %1 (\"%2\")").arg(error, bodyText.left(80)));
            return;
        }
        ServerFacts &f = m_report.server;
        f.negotiatedApiVersion =
            negotiateApiVersion(QLatin1String(kMaxApiVersion), f.apiVersion, f.minApiVersion);
        QString detail =
            tr("Docker %1, API %2")
                .arg(f.serverVersion, f.apiVersion.isEmpty() ? tr("unknown") : f.apiVersion);
        if (!f.minApiVersion.isEmpty())
            detail += tr(" (oldest accepted %1)").arg(f.minApiVersion);
        detail +=
            f.negotiatedApiVersion.isEmpty()
                ? tr("; no API version given, trying ours (%1)").arg(QLatin1String(kMaxApiVersion))
                : tr("; using API %1").arg(f.negotiatedApiVersion);
        passStage(detail);
        if (f.negotiatedApiVersion.isEmpty())
            f.negotiatedApiVersion = QLatin1String(kMaxApiVersion);
        startStage(ProbeStage::Info);
        sendRequest(Request::Info, QStringLiteral("/v%1/info").arg(f.negotiatedApiVersion));
        return;
    }
    case Request::Info: {
        ServerFacts &f = m_report.server;
        if (status == 404 || status == 400) {
            const QString theirs = serverVersionFromMismatch(body);
            if (!m_infoRetried && !theirs.isEmpty() &&
                compareApiVersions(theirs, f.negotiatedApiVersion) != 0) {
                m_infoRetried = true;
                m_apiNote = tr("the daemon refused API %1 (\"%2\"); retried with its version %3")
                                .arg(f.negotiatedApiVersion, bodyText, theirs);
                qCDebug(lcDocker) << "API mismatch:" << m_apiNote;
                f.negotiatedApiVersion = theirs;
                if (f.apiVersion.isEmpty())
                    f.apiVersion = theirs;
                sendRequest(Request::Info, QStringLiteral("/v%1/info").arg(theirs));
                return;
            }
        }
        if (status != 200) {
            failStage(ProbeFailure::HttpError,
                      tr("GET %1 answered %2: %3").arg(m_requestPath).arg(status).arg(bodyText));
            return;
        }
        QString error;
        if (!parseInfoJson(body, &f, &error)) {
            failStage(ProbeFailure::UnexpectedAnswer,
                      tr("GET %1: %2 (\"%3\")").arg(m_requestPath, error, bodyText.left(80)));
            return;
        }
        QString detail = tr("API %1: Docker %2").arg(f.negotiatedApiVersion, f.serverVersion);
        if (!m_apiNote.isEmpty())
            detail += QStringLiteral("; ") + m_apiNote;
        passStage(detail);
        emit attemptFinished(m_attempt, ProbeStage::Info, tr("Docker answered info"));
        if (!m_running)
            return;
        finishProbe(true, tr("Docker %1 on %2 answered info over %3 (API %4).")
                              .arg(f.serverVersion, targetText(),
                                   m_options.mode == ProbeOptions::Mode::Verify
                                       ? tr("verified mutual TLS")
                                       : tr("legacy TLS without server verification"),
                                   f.negotiatedApiVersion));
        return;
    }
    }
}

void DockerProbe::onStageTimeout()
{
    if (!m_running)
        return;
    const QString seconds = QString::number(m_options.stageTimeoutMs / 1000.0, 'g', 3);
    switch (m_stage) {
    case ProbeStage::Resolve:
        failStage(ProbeFailure::NameNotFound,
                  tr("Resolving %1 took longer than %2 s; check the DNS settings of this computer.")
                      .arg(m_options.host, seconds));
        return;
    case ProbeStage::Connect:
        failStage(ProbeFailure::ConnectTimeout,
                  tr("No answer from %1 port %2 within %3 s: a firewall drops the packets, the "
                     "cloud service has no endpoint for the port, or the VM is still starting.")
                      .arg(m_addresses.value(m_addressIndex).toString())
                      .arg(m_targetPort)
                      .arg(seconds));
        return;
    case ProbeStage::TlsHandshake:
        failStage(ProbeFailure::Timeout,
                  tr("The TLS handshake with %1 did not finish within %2 s: the service on that "
                     "port does not speak TLS, or the daemon is overloaded.")
                      .arg(targetText(), seconds));
        return;
    default:
        failStage(ProbeFailure::Timeout, tr("The daemon on %1 did not answer GET %2 within %3 s.")
                                             .arg(targetText(), m_requestPath, seconds));
        return;
    }
}

} // namespace dockervm::docker
