#pragma once

#include "common/hostoverrides.h"
#include "docker/dockerinfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>

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
    // closing the connection while it starts) on common/pollschedule.h's schedule (every 250 ms
    // for the first minute, then doubling up to 3 s) until `info` answers or this deadline passes.
    int waitSeconds = 0;
    // Demo/test redirections (empty by default: the system resolves the name).
    HostOverrides hostOverrides;
    // Where the user set the port, in their words, for the diagnosis texts: empty on the command
    // line ("Check --docker-port …"); a window names its field or page ("the Port field"), and
    // then the texts say in words what dockerd must do instead of naming our options.
    QString portSetting;
    QString certDirSetting; // likewise for the certificate folder ("the Certificate folder field")
};

enum class ProbeStage {
    CertificateFiles,  // ca.pem, cert.pem, key.pem readable and well-formed
    Resolve,           // DNS (or the demo/test host override)
    Connect,           // TCP
    TlsHandshake,      // server certificate chain, host name, validity
    ClientCertificate, // the daemon accepted our cert.pem and refuses clients without one
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
    TlsError,                 // any other TLS failure (alert, closed during the handshake)
    ClientCertificateRefused, // the daemon refused our client certificate
    Timeout,                  // a stage did not finish within stageTimeoutMs
    HttpError,                // an unexpected HTTP status
    UnexpectedAnswer,         // not HTTP / not JSON where JSON was due
    Cancelled,
    NotTls,                       // the port speaks something else than TLS or HTTP
    ClientCertificateNotRequired, // security: the daemon serves clients without a certificate
    TruncatedReply,               // the connection closed in the middle of a reply, every time
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

} // namespace dockervm::docker
