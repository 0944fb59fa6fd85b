#pragma once

#include "docker/clienttls.h"
#include "docker/dockerinfo.h"
#include "docker/httpreply.h"
#include "docker/probereport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSsl>
#include <QSslError>
#include <QString>
#include <QTimer>

#include <optional>

class QSslSocket;
class QTcpSocket;

namespace dockervm::docker {

// A mutual-TLS client of the Docker Engine API on QSslSocket, stage by stage, so each stage can
// be diagnosed on its own. Asynchronous: start(), then stageChanged / stageFinished /
// attemptFinished, and exactly one finished(). Nothing blocks, nothing spins a nested loop.
//
// Around it: probereport.h (options, stages, failures, the report), clienttls.h (loading the
// certificate folder) and probetexts.h (every diagnosis text). This file is the stage machine.
class DockerProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kMaxApiVersion = "1.41"; // the newest API we speak
    static constexpr int kTruncatedRetries = 2; // a reply cut short is asked for again this often

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
    // What a plain TCP connection to the port found, when the handshake stalls or breaks.
    enum class Sniff { Idle, Running, Tls, Silent };
    struct Alert
    {
        QSsl::AlertType type;
        QString description;
    };

    void beginAttempt();
    void startStage(ProbeStage stage);
    void passStage(const QString &detail);
    void failStage(ProbeFailure failure, const QString &diagnosis);
    void finishProbe(bool ok, const QString &summary);
    void cleanupConnection();
    bool isRetryable(ProbeFailure failure) const;

    // The one place the main connection is opened; every socket is dropped by dropSocket().
    QSslSocket *openSocket(const QSslConfiguration &config);
    void openMainSocket();
    void onResolved(const QList<QHostAddress> &addresses);
    void connectNext();
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onReadyRead();
    void onDisconnected();
    void onStageTimeout();

    void handshakeBroke(bool closedByPeer, const QString &error);
    void concludeHandshake();
    void startSniff();
    void onSniffData();
    void sniffEnded();
    void sniffVerdict(Sniff found);

    void clientCertificateRefused();
    void startAnonymousCheck();
    void anonymousCheckDone(bool served);

    void sendRequest(Request request, const QString &path);
    void writeRequest();
    void onReply();
    void onTruncated();

    QString targetText() const;

    ProbeOptions m_options;
    ConnectionReport m_report;
    StageResult m_filesStage;
    ClientTls m_tls;

    bool m_running = false;
    int m_attempt = 0;
    QElapsedTimer m_total;
    QDeadlineTimer m_deadline;
    QTimer m_retryTimer;
    QTimer m_stageTimer;
    QTimer m_sniffTimer;    // starts the sniff when the handshake stalls
    QTimer m_sniffDeadline; // ends a sniff that hears nothing conclusive
    QElapsedTimer m_stageClock;
    ProbeStage m_stage = ProbeStage::CertificateFiles;
    int m_lookupId = -1;

    QList<QHostAddress> m_addresses;
    int m_addressIndex = 0;
    quint16 m_targetPort = 0;
    QPointer<QSslSocket> m_socket; // the connection that carries our requests
    QList<QSslError> m_sslErrors;
    std::optional<Alert> m_alert; // a fatal alert the server sent on m_socket

    bool m_handshakeFailed = false;
    bool m_handshakeClosedByPeer = false;
    QString m_handshakeError; // for the message only
    QPointer<QTcpSocket> m_sniff;
    QByteArray m_sniffBuffer;
    Sniff m_sniffState = Sniff::Idle;

    bool m_clientCertAccepted = false; // the daemon answered our first request
    QPointer<QSslSocket> m_anon;       // the same request without a client certificate
    HttpReplyParser m_anonReply;
    bool m_softClientCertFailure = false;

    Request m_request = Request::None;
    QString m_requestPath;
    HttpReplyParser m_reply;
    bool m_replyCutShort = false; // the connection closed before m_reply was complete
    int m_truncatedRetries = 0;
    bool m_infoRetried = false;
    QString m_apiNote;
};

} // namespace dockervm::docker
