#include "docker/dockerprobe.h"

#include "common/logging.h"
#include "common/pollschedule.h"
#include "docker/probetexts.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSslSocket>
#include <QTcpSocket>

namespace dockervm::docker {

namespace {
constexpr int kProbeRetryCapMs = 3000; // between attempts of a long wait
} // namespace

namespace {

// The one way a socket is given up: no more signals to us, no more traffic, freed later.
template <typename Socket> void dropSocket(QPointer<Socket> &socket, QObject *owner)
{
    if (!socket)
        return;
    socket->disconnect(owner);
    socket->abort();
    socket->deleteLater();
    socket = nullptr;
}

// Alerts by which a server says it does not take our client certificate.
bool isClientCertificateAlert(QSsl::AlertType type)
{
    switch (type) {
    case QSsl::AlertType::NoCertificate:
    case QSsl::AlertType::BadCertificate:
    case QSsl::AlertType::UnsupportedCertificate:
    case QSsl::AlertType::CertificateRevoked:
    case QSsl::AlertType::CertificateExpired:
    case QSsl::AlertType::CertificateUnknown:
    case QSsl::AlertType::UnknownCa:
    case QSsl::AlertType::AccessDenied:
    case QSsl::AlertType::CertificateRequired:
        return true;
    default:
        return false;
    }
}

// The first bytes of a TLS record: content type 20..23, then major version 3.
bool isTlsRecord(const QByteArray &bytes)
{
    return bytes.size() >= 2 && uchar(bytes[0]) >= 0x14 && uchar(bytes[0]) <= 0x17 &&
           uchar(bytes[1]) == 0x03;
}

} // namespace

DockerProbe::DockerProbe(ProbeOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_retryTimer.setSingleShot(true);
    m_stageTimer.setSingleShot(true);
    m_sniffTimer.setSingleShot(true);
    m_sniffDeadline.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DockerProbe::beginAttempt);
    connect(&m_stageTimer, &QTimer::timeout, this, &DockerProbe::onStageTimeout);
    connect(&m_sniffTimer, &QTimer::timeout, this, &DockerProbe::startSniff);
    connect(&m_sniffDeadline, &QTimer::timeout, this, &DockerProbe::sniffEnded);
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
    m_total.start();
    m_deadline = QDeadlineTimer(qint64(qMax(0, m_options.waitSeconds)) * 1000);
    qCDebug(lcDocker) << "probing" << targetText() << "certs in" << m_options.certDir
                      << (m_options.mode == ProbeOptions::Mode::Verify ? "verify" : "legacy-tls")
                      << "wait" << m_options.waitSeconds << "s";

    m_stage = ProbeStage::CertificateFiles;
    m_stageClock.start();
    emit stageChanged(m_stage);
    QString detail;
    const bool filesOk = loadClientTls(m_options, &m_tls, &detail);
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
    m_infoRetried = false;
    m_apiNote.clear();
    m_softClientCertFailure = false;
    m_truncatedRetries = 0;
    qCDebug(lcDocker) << "attempt" << m_attempt << "for" << targetText();

    startStage(ProbeStage::Resolve);
    const HostOverrides &hosts = m_options.hostOverrides;
    if (const auto target = hosts.lookup(m_options.host, m_options.port)) {
        m_targetPort = target->port;
        passStage(
            texts::mappedByOverride(m_options.host, target->address.toString(), target->port));
        m_addresses = {target->address};
        startStage(ProbeStage::Connect);
        connectNext();
        return;
    }
    m_targetPort = m_options.port;
    if (hosts.isLoopbackOnly() && !isLoopbackName(m_options.host)) {
        failStage(ProbeFailure::NameNotFound, texts::demoRefusesHost(m_options.host));
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
                const QString why = info.error() == QHostInfo::HostNotFound ? texts::nameNotFound()
                                                                            : info.errorString();
                failStage(ProbeFailure::NameNotFound, texts::resolveFailed(m_options.host, why));
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
    QStringList shown;
    for (const auto &a : std::as_const(m_addresses))
        shown << a.toString();
    passStage(shown.join(QStringLiteral(", ")));
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
        return !m_options.hostOverrides.isLoopbackOnly();
    case ProbeFailure::ConnectionRefused:
    case ProbeFailure::ConnectTimeout:
    case ProbeFailure::HostUnreachable:
    case ProbeFailure::ConnectError:
    case ProbeFailure::Timeout:
    case ProbeFailure::TlsError:
    case ProbeFailure::HttpError:
    case ProbeFailure::UnexpectedAnswer:
    case ProbeFailure::TruncatedReply:
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
        // Every 250 ms for the first minute of waiting: a daemon that starts serving is
        // found within that (plus one attempt; dockerd binds its port ~0.4 s before it
        // serves, so the first connections may still fail), then slower up to every 3 s.
        const int delay = int(qMin<qint64>(pollDelayMs(m_total.elapsed(), kProbeRetryCapMs),
                                           qMax<qint64>(remaining, 0)));
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
    m_report.failure = ProbeFailure::Cancelled;
    m_report.failedStage = m_stage;
    finishProbe(false, tr("The check of %1 was cancelled.").arg(targetText()));
}

void DockerProbe::cleanupConnection()
{
    m_stageTimer.stop();
    m_sniffTimer.stop();
    m_sniffDeadline.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    dropSocket(m_socket, this);
    dropSocket(m_sniff, this);
    dropSocket(m_anon, this);
    m_sniffBuffer.clear();
    m_sniffState = Sniff::Idle;
    m_sslErrors.clear();
    m_alert.reset();
    m_handshakeFailed = false;
    m_handshakeClosedByPeer = false;
    m_handshakeError.clear();
    m_clientCertAccepted = false;
    m_anonReply.reset();
    m_request = Request::None;
    m_reply.reset();
    m_replyCutShort = false;
}

// ---- connect and handshake ------------------------------------------------------------------

QSslSocket *DockerProbe::openSocket(const QSslConfiguration &config)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(config);
    socket->setPeerVerifyName(m_options.host);
    qCDebug(lcDocker) << "connecting to" << m_addresses.value(m_addressIndex) << m_targetPort
                      << (config.localCertificate().isNull() ? "without" : "with")
                      << "a client certificate";
    return socket; // the caller connects its slots, then connectToHost()
}

void DockerProbe::openMainSocket()
{
    dropSocket(m_socket, this);
    m_sslErrors.clear();
    m_alert.reset();
    QSslSocket *socket = openSocket(m_tls.withCertificate);
    m_socket = socket;
    connect(socket, &QSslSocket::connected, this, &DockerProbe::onConnected);
    connect(socket, &QSslSocket::encrypted, this, &DockerProbe::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
                qCDebug(lcDocker) << "TLS alert from the server:" << description;
                if (level == QSsl::AlertLevel::Fatal)
                    m_alert = Alert{type, description};
            });
    connect(socket, &QSslSocket::errorOccurred, this, &DockerProbe::onSocketError);
    connect(socket, &QSslSocket::readyRead, this, &DockerProbe::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &DockerProbe::onDisconnected);
    socket->connectToHost(m_addresses.value(m_addressIndex), m_targetPort);
}

void DockerProbe::connectNext()
{
    openMainSocket();
}

void DockerProbe::onConnected()
{
    if (!m_socket)
        return;
    if (m_stage != ProbeStage::Connect) {
        // A fresh connection for a request after the daemon closed the previous one.
        m_socket->startClientEncryption();
        return;
    }
    passStage(tr("connected to %1 port %2")
                  .arg(m_addresses.value(m_addressIndex).toString())
                  .arg(m_targetPort));
    startStage(ProbeStage::TlsHandshake);
    // A plain HTTP server answers nothing to a ClientHello; if the handshake stalls, ask the
    // port in plain HTTP on a second connection to tell the user what is there.
    m_sniffTimer.start(qBound(200, m_options.stageTimeoutMs / 2, 1500));
    m_socket->startClientEncryption();
}

void DockerProbe::onEncrypted()
{
    if (!m_socket)
        return;
    if (m_stage != ProbeStage::TlsHandshake) {
        if (m_request != Request::None)
            writeRequest();
        return;
    }
    m_sniffTimer.stop();
    m_sniffDeadline.stop();
    dropSocket(m_sniff, this);
    m_sniffState = Sniff::Idle;
    passStage(
        texts::handshakeDone(m_socket->peerCertificate(), m_socket->sessionProtocol(), m_options));
    // TLS 1.3 servers check the client certificate after our side of the handshake is done: the
    // first answer (or the connection dropping) tells whether the daemon took it.
    startStage(ProbeStage::ClientCertificate);
    m_clientCertAccepted = false;
    sendRequest(Request::Ping, QStringLiteral("/_ping"));
}

void DockerProbe::onSocketError()
{
    if (!m_socket || !m_running)
        return;
    const auto error = m_socket->error();
    const QString text = m_socket->errorString();
    qCDebug(lcDocker) << "socket error in stage" << stageId(m_stage) << error << text;

    switch (m_stage) {
    case ProbeStage::Connect: {
        const QString where = QStringLiteral("%1 port %2")
                                  .arg(m_addresses.value(m_addressIndex).toString())
                                  .arg(m_targetPort);
        if (m_addressIndex + 1 < m_addresses.size()) {
            ++m_addressIndex;
            connectNext();
            return;
        }
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            failStage(ProbeFailure::ConnectionRefused,
                      texts::connectionRefused(where, m_options.port, m_options.portSetting));
            return;
        case QAbstractSocket::NetworkError:
        case QAbstractSocket::HostNotFoundError:
            failStage(ProbeFailure::HostUnreachable, texts::hostUnreachable(where, text));
            return;
        case QAbstractSocket::SocketTimeoutError:
            failStage(ProbeFailure::ConnectTimeout, texts::noAnswer(where));
            return;
        default:
            failStage(ProbeFailure::ConnectError, texts::cannotConnect(where, text));
            return;
        }
    }
    case ProbeStage::TlsHandshake:
        if (error == QAbstractSocket::SslInvalidUserDataError) {
            failStage(ProbeFailure::CertificateFiles,
                      texts::clientKeyUnusable(text, m_options.certDir));
            return;
        }
        handshakeBroke(error == QAbstractSocket::RemoteHostClosedError, text);
        return;
    case ProbeStage::ClientCertificate:
        if (!m_clientCertAccepted) {
            clientCertificateRefused();
            return;
        }
        [[fallthrough]];
    default:
        if (error == QAbstractSocket::RemoteHostClosedError) {
            onDisconnected();
            return;
        }
        failStage(ProbeFailure::UnexpectedAnswer,
                  texts::requestFailed(targetText(), stageLabel(m_stage), text));
        return;
    }
}

void DockerProbe::handshakeBroke(bool closedByPeer, const QString &error)
{
    if (m_handshakeFailed)
        return;
    m_handshakeFailed = true;
    m_handshakeClosedByPeer = closedByPeer;
    m_handshakeError = error;
    if (!m_sslErrors.isEmpty()) {
        ProbeFailure failure = ProbeFailure::TlsError;
        const QString why = texts::sslErrors(
            m_sslErrors, m_socket ? m_socket->peerCertificate() : QSslCertificate(), m_options,
            m_tls.caText, &failure);
        failStage(failure, tr("TLS handshake with %1 failed: %2.").arg(targetText(), why));
        return;
    }
    if (m_alert) {
        if (isClientCertificateAlert(m_alert->type)) {
            passStage(texts::clientCertificateAlertInHandshake());
            startStage(ProbeStage::ClientCertificate);
            clientCertificateRefused();
            return;
        }
        failStage(ProbeFailure::TlsError,
                  texts::handshakeAlert(targetText(), m_alert->description));
        return;
    }
    // No alert and no certificate problem: what is on that port? A plain connection tells.
    dropSocket(m_socket, this);
    switch (m_sniffState) {
    case Sniff::Idle:
        startSniff();
        return;
    case Sniff::Running:
        return; // sniffVerdict() decides
    case Sniff::Tls:
    case Sniff::Silent:
        concludeHandshake();
        return;
    }
}

void DockerProbe::concludeHandshake()
{
    failStage(ProbeFailure::TlsError, m_handshakeClosedByPeer
                                          ? texts::handshakeClosed(targetText())
                                          : texts::handshakeFailed(targetText(), m_handshakeError));
}

void DockerProbe::startSniff()
{
    if (m_stage != ProbeStage::TlsHandshake || m_sniff)
        return;
    m_sniffState = Sniff::Running;
    m_sniffBuffer.clear();
    auto *sniff = new QTcpSocket(this);
    m_sniff = sniff;
    connect(sniff, &QTcpSocket::connected, this, [this] {
        if (m_sniff)
            m_sniff->write("GET /_ping HTTP/1.0\r\nHost: " + m_options.host.toUtf8() +
                           "\r\nUser-Agent: docker-vm\r\n\r\n");
    });
    connect(sniff, &QTcpSocket::readyRead, this, &DockerProbe::onSniffData);
    connect(sniff, &QTcpSocket::disconnected, this, &DockerProbe::sniffEnded);
    connect(sniff, &QTcpSocket::errorOccurred, this, &DockerProbe::sniffEnded);
    m_sniffDeadline.start(qBound(300, m_options.stageTimeoutMs / 4, 2000));
    sniff->connectToHost(m_addresses.value(m_addressIndex), m_targetPort);
}

void DockerProbe::onSniffData()
{
    if (!m_sniff || m_stage != ProbeStage::TlsHandshake)
        return;
    m_sniffBuffer += m_sniff->read(4096 - m_sniffBuffer.size());
    if (isTlsRecord(m_sniffBuffer)) {
        sniffVerdict(Sniff::Tls);
        return;
    }
    // Enough to show: a whole first line, or a good piece of one.
    if (m_sniffBuffer.contains('\n') || m_sniffBuffer.size() >= 64)
        sniffEnded();
}

// The sniff connection closed, failed, heard enough or ran out of time: judge what it got.
void DockerProbe::sniffEnded()
{
    if (!m_sniff || m_stage != ProbeStage::TlsHandshake)
        return;
    m_sniffBuffer += m_sniff->read(4096 - m_sniffBuffer.size());
    const QByteArray bytes = m_sniffBuffer;
    if (bytes.isEmpty()) {
        sniffVerdict(Sniff::Silent);
        return;
    }
    // Go's TLS listener answers plain requests with "400 ... Client sent an HTTP request to an
    // HTTPS server": that port does speak TLS.
    if (isTlsRecord(bytes) || bytes.contains("HTTPS server")) {
        sniffVerdict(Sniff::Tls);
        return;
    }
    dropSocket(m_sniff, this);
    m_sniffDeadline.stop();
    if (bytes.startsWith("HTTP/1.")) {
        const qsizetype eol = bytes.indexOf('\r');
        failStage(ProbeFailure::PlainHttp,
                  texts::plainHttp(m_options.host, m_options.port,
                                   texts::excerpt(bytes.left(eol < 0 ? 60 : eol), 60)));
        return;
    }
    failStage(ProbeFailure::NotTls, texts::notTls(targetText(), bytes, m_options.portSetting));
}

void DockerProbe::sniffVerdict(Sniff found)
{
    dropSocket(m_sniff, this);
    m_sniffDeadline.stop();
    m_sniffState = found;
    qCDebug(lcDocker) << "plain connection found" << (found == Sniff::Tls ? "TLS" : "nothing");
    if (m_handshakeFailed)
        concludeHandshake();
    // Otherwise the handshake is still under way: its own outcome decides.
}

// ---- client certificate ---------------------------------------------------------------------

void DockerProbe::clientCertificateRefused()
{
    // Without an alert about the certificate the daemon may just have been restarting (the
    // Docker extension restarts it once with new certificates): wait mode tries again.
    const bool certificateAlert = m_alert && isClientCertificateAlert(m_alert->type);
    m_softClientCertFailure = !certificateAlert;
    failStage(ProbeFailure::ClientCertificateRefused,
              texts::clientCertificateRefused(
                  m_options, m_tls.clientCertText,
                  certificateAlert ? std::optional<QString>(m_alert->description) : std::nullopt));
}

// The daemon answered us. Would it answer anyone? Ask the same on a connection without a client
// certificate: a daemon started with --tlsverify refuses it (an alert, or it closes).
void DockerProbe::startAnonymousCheck()
{
    if (m_anon)
        return;
    m_anonReply.reset();
    QSslSocket *socket = openSocket(m_tls.withoutCertificate);
    m_anon = socket;
    connect(socket, &QSslSocket::connected, this, [this] {
        if (m_anon)
            m_anon->startClientEncryption();
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        if (m_anon)
            m_anon->write("GET /_ping HTTP/1.1\r\nHost: " + m_options.host.toUtf8() +
                          "\r\nUser-Agent: docker-vm\r\nConnection: close\r\n\r\n");
    });
    connect(socket, &QSslSocket::readyRead, this, [this] {
        if (!m_anon)
            return;
        if (m_anonReply.feed(m_anon->readAll()) == HttpReplyParser::State::Complete)
            anonymousCheckDone(m_anonReply.status() / 100 == 2);
    });
    auto ended = [this] {
        anonymousCheckDone(m_anonReply.state() == HttpReplyParser::State::Complete &&
                           m_anonReply.status() / 100 == 2);
    };
    connect(socket, &QSslSocket::errorOccurred, this, ended);
    connect(socket, &QSslSocket::disconnected, this, ended);
    socket->connectToHost(m_addresses.value(m_addressIndex), m_targetPort);
}

void DockerProbe::anonymousCheckDone(bool served)
{
    if (!m_anon)
        return;
    dropSocket(m_anon, this);
    if (m_stage != ProbeStage::ClientCertificate || !m_running)
        return;
    qCDebug(lcDocker) << "a client without a certificate was" << (served ? "served" : "refused");
    if (served) {
        failStage(ProbeFailure::ClientCertificateNotRequired,
                  texts::clientCertificateNotRequired(targetText(), m_options.certDir));
        return;
    }
    passStage(texts::clientCertificateAccepted(m_tls.clientCertText));
    startStage(ProbeStage::Ping);
    onReply();
}

// ---- HTTP -----------------------------------------------------------------------------------

void DockerProbe::sendRequest(Request request, const QString &path)
{
    m_request = request;
    m_requestPath = path;
    m_reply.reset();
    m_replyCutShort = false;
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
        m_socket->isEncrypted()) {
        writeRequest();
        return;
    }
    // The daemon closed the previous connection: open a new one for this request.
    qCDebug(lcDocker) << "reconnecting for" << path;
    openMainSocket();
}

void DockerProbe::writeRequest()
{
    const QByteArray host = m_options.host.toUtf8() + ':' + QByteArray::number(m_options.port);
    const QByteArray bytes = "GET " + m_requestPath.toUtf8() + " HTTP/1.1\r\nHost: " + host +
                             "\r\nUser-Agent: docker-vm/" +
                             QCoreApplication::applicationVersion().toUtf8() +
                             "\r\nAccept: application/json\r\n\r\n";
    qCDebug(lcDocker) << "GET" << m_requestPath;
    m_socket->write(bytes);
}

void DockerProbe::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (m_request == Request::None || bytes.isEmpty())
        return;
    m_reply.feed(bytes);
    if (m_stage == ProbeStage::ClientCertificate) {
        // The daemon took our certificate; the reply waits until we know it refuses others.
        if (!m_clientCertAccepted) {
            m_clientCertAccepted = true;
            startAnonymousCheck();
        }
        return;
    }
    onReply();
}

void DockerProbe::onDisconnected()
{
    if (!m_running)
        return;
    switch (m_stage) {
    case ProbeStage::TlsHandshake:
        handshakeBroke(true, m_socket ? m_socket->errorString() : QString());
        return;
    case ProbeStage::ClientCertificate:
        if (!m_clientCertAccepted) {
            clientCertificateRefused();
            return;
        }
        break;
    default:
        break;
    }
    if (m_request == Request::None || m_reply.state() != HttpReplyParser::State::Incomplete)
        return;
    // A body without length ends here; anything else that is not complete was cut short.
    m_replyCutShort = m_reply.finishAtEof() == HttpReplyParser::State::Error;
    if (m_stage != ProbeStage::ClientCertificate) // else judged after the anonymous check
        onReply();
}

void DockerProbe::onTruncated()
{
    const bool headerComplete = m_reply.headersComplete();
    dropSocket(m_socket, this);
    if (m_truncatedRetries < kTruncatedRetries) {
        ++m_truncatedRetries;
        qCDebug(lcDocker) << "reply to" << m_requestPath << "cut short; asking again";
        sendRequest(m_request, m_requestPath);
        return;
    }
    failStage(
        ProbeFailure::TruncatedReply,
        texts::truncatedReply(targetText(), m_requestPath, headerComplete, m_truncatedRetries + 1));
}

void DockerProbe::onReply()
{
    if (m_reply.state() == HttpReplyParser::State::Incomplete)
        return;
    if (m_reply.state() == HttpReplyParser::State::Error) {
        if (m_replyCutShort) {
            onTruncated();
            return;
        }
        failStage(ProbeFailure::UnexpectedAnswer,
                  texts::invalidHttp(targetText(), m_requestPath,
                                     QString::fromUtf8(m_reply.errorText())));
        return;
    }
    const int status = m_reply.status();
    const QByteArray body = m_reply.body();
    const Request request = m_request;
    m_request = Request::None;
    m_truncatedRetries = 0;
    if (m_reply.connectionClose())
        dropSocket(m_socket, this);
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
                         "look like a Docker daemon. Check %3.")
                          .arg(targetText(), bodyText.left(60),
                               m_options.portSetting.isEmpty() ? QStringLiteral("--docker-port")
                                                               : m_options.portSetting));
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
        failStage(ProbeFailure::NameNotFound, texts::resolveTimeout(m_options.host, seconds));
        return;
    case ProbeStage::Connect:
        failStage(ProbeFailure::ConnectTimeout,
                  texts::connectTimeout(m_addresses.value(m_addressIndex).toString(), m_targetPort,
                                        seconds));
        return;
    case ProbeStage::TlsHandshake:
        failStage(ProbeFailure::Timeout, texts::handshakeTimeout(targetText(), seconds));
        return;
    case ProbeStage::ClientCertificate:
        if (m_clientCertAccepted && m_anon) {
            // Our request was answered; the one without a certificate was not: not served.
            anonymousCheckDone(false);
            return;
        }
        [[fallthrough]];
    default:
        failStage(ProbeFailure::Timeout,
                  texts::requestTimeout(targetText(), m_requestPath, seconds));
        return;
    }
}

} // namespace dockervm::docker
