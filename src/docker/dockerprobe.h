#pragma once

#include "docker/dockerinfo.h"
#include "docker/httpreply.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QTimer>

class QSslSocket;
class QTcpSocket;

namespace dockervm::docker {

struct ProbeOptions
{
    enum class Mode {
        Verify,    // like `docker --tlsverify`: the server must chain to <certDir>/ca.pem only
                   // (never the system store) and carry the host name; the default
        LegacyTls, // like the 2014 `docker --tls`: client certificate sent, server NOT verified
    };
    QString host;
    quint16 port = 4243;
    QString certDir; // holds ca.pem, cert.pem, key.pem
    Mode mode = Mode::Verify;
    int stageTimeoutMs = 10000;
    // > 0: wait mode. Retry transient failures (name not found, refused, timeouts, daemon
    // closing the connection while it starts) with backoff 0.5 s doubling, capped at 3 s, until
    // `info` answers or this deadline passes.
    int waitSeconds = 0;
};

enum class ProbeStage {
    CertificateFiles,  // ca.pem, cert.pem, key.pem readable and well-formed
    Resolve,           // DNS (or the demo/test host override)
    Connect,           // TCP
    TlsHandshake,      // server certificate chain, host name, validity
    ClientCertificate, // the daemon accepted our cert.pem
    Ping,              // GET /_ping
    Version,           // GET /version (unversioned): ApiVersion, MinAPIVersion
    Info,              // GET /v<negotiated>/info
};

enum class ProbeFailure {
    None,
    CertificateFiles,     // missing, unreadable or malformed ca.pem / cert.pem / key.pem
    NameNotFound,         // NXDOMAIN or resolver failure
    ConnectionRefused,    // nothing listens on the port
    ConnectTimeout,       // no answer to SYN (firewall, missing endpoint)
    HostUnreachable,      // network / host unreachable
    ConnectError,         // any other socket error while connecting
    UntrustedCertificate, // the server's chain does not lead to our ca.pem
    HostNameMismatch,     // the server certificate does not carry the host name
    CertificateExpired,   // the server certificate expired
    CertificateNotYetValid,
    PlainHttp,                // the port speaks plain HTTP, not TLS
    TlsError,                 // any other TLS failure
    ClientCertificateRefused, // the daemon refused our client certificate
    Timeout,                  // a stage did not finish within stageTimeoutMs
    HttpError,                // an unexpected HTTP status
    UnexpectedAnswer,         // not HTTP / not JSON where JSON was due
    Cancelled,
};

struct StageResult
{
    ProbeStage stage = ProbeStage::CertificateFiles;
    bool passed = false;
    QString detail;
    qint64 elapsedMs = 0;
};

struct ConnectionReport
{
    QString host;
    quint16 port = 0;
    QString certDir;
    ProbeOptions::Mode mode = ProbeOptions::Mode::Verify;
    QList<StageResult> stages; // the stages of the last attempt, in order
    ServerFacts server;
    bool ok = false;                                       // `info` answered
    ProbeFailure failure = ProbeFailure::None;             // why not, when !ok
    ProbeStage failedStage = ProbeStage::CertificateFiles; // meaningful when !ok
    QString summary;                                       // one translated sentence
    int attempts = 0;
    qint64 elapsedMs = 0; // from start() to finished()

    const StageResult *stage(ProbeStage s) const;
    QJsonObject toJson() const;
};

QString stageId(ProbeStage stage);       // "tls-handshake", stable for JSON and scripts
QString stageLabel(ProbeStage stage);    // translated: "TLS handshake"
QString failureId(ProbeFailure failure); // "untrusted-certificate"

// A mutual-TLS client of the Docker Engine API on QSslSocket, stage by stage, so each stage can
// be diagnosed on its own. Asynchronous: start(), then stageChanged / stageFinished /
// attemptFinished, and exactly one finished(). Nothing blocks, nothing spins a nested loop.
class DockerProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kMaxApiVersion = "1.41"; // the newest API we speak

    explicit DockerProbe(ProbeOptions options, QObject *parent = nullptr);
    ~DockerProbe() override;

    const ProbeOptions &options() const { return m_options; }
    void start();
    // Stops everything; finished() follows with failure Cancelled (unless already finished).
    void cancel();
    bool isRunning() const { return m_running; }
    const ConnectionReport &report() const { return m_report; }

signals:
    void stageChanged(dockervm::docker::ProbeStage stage);
    void stageFinished(const dockervm::docker::StageResult &result);
    void attemptFinished(int attempt, dockervm::docker::ProbeStage stage, const QString &diagnosis);
    void finished(const dockervm::docker::ConnectionReport &report);

private:
    enum class Request { None, Ping, Version, Info };

    bool loadFiles(QString *detail);
    void beginAttempt();
    void startStage(ProbeStage stage);
    void passStage(const QString &detail);
    void failStage(ProbeFailure failure, const QString &diagnosis);
    void finishProbe(bool ok, const QString &summary);
    void cleanupConnection();
    bool isRetryable(ProbeFailure failure) const;

    void onResolved(const QList<QHostAddress> &addresses);
    void connectNext();
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onReadyRead();
    void onDisconnected();
    void onStageTimeout();

    void startPlainSniff();
    void onSniffData();
    void finishTlsFailure(ProbeFailure failure, const QString &diagnosis);

    void sendRequest(Request request, const QString &path);
    void onReply();
    void handleClientCertFailure(const QString &socketError);

    QString describeSslErrors(ProbeFailure *failure) const;
    QString targetText() const;

    ProbeOptions m_options;
    ConnectionReport m_report;
    StageResult m_filesStage;
    QSslConfiguration m_ssl;
    QString m_clientCertText; // "CN=client, issued by CN=Docker VM CA"
    QString m_caText;

    bool m_running = false;
    int m_attempt = 0;
    int m_backoffMs = 500;
    QElapsedTimer m_total;
    QDeadlineTimer m_deadline;
    QTimer m_retryTimer;
    QTimer m_stageTimer;
    QTimer m_sniffTimer;
    QElapsedTimer m_stageClock;
    ProbeStage m_stage = ProbeStage::CertificateFiles;
    int m_lookupId = -1;

    QList<QHostAddress> m_addresses;
    int m_addressIndex = 0;
    quint16 m_targetPort = 0;
    QString m_lastConnectError;
    QPointer<QSslSocket> m_socket;
    QPointer<QTcpSocket> m_sniff;
    QByteArray m_sniffBuffer;
    QList<QSslError> m_sslErrors;
    QString m_pendingTlsError; // a handshake error waiting for the plain-HTTP sniff's verdict
    bool m_encrypted = false;

    Request m_request = Request::None;
    QString m_requestPath;
    HttpReplyParser m_reply;
    bool m_infoRetried = false;
    bool m_softClientCertFailure = false;
    QString m_apiNote;
};

} // namespace dockervm::docker
