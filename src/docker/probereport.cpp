#include "docker/probereport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace dockervm::docker {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::docker::DockerProbe)
};

} // namespace

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
        return Tr::tr("Certificate files");
    case ProbeStage::Resolve:
        return Tr::tr("Name resolution");
    case ProbeStage::Connect:
        return Tr::tr("TCP connection");
    case ProbeStage::TlsHandshake:
        return Tr::tr("TLS handshake");
    case ProbeStage::ClientCertificate:
        return Tr::tr("Client certificate");
    case ProbeStage::Ping:
        return Tr::tr("GET /_ping");
    case ProbeStage::Version:
        return Tr::tr("GET /version");
    case ProbeStage::Info:
        return Tr::tr("GET /info");
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
    case ProbeFailure::NotTls:
        return QStringLiteral("not-tls");
    case ProbeFailure::ClientCertificateNotRequired:
        return QStringLiteral("client-certificate-not-required");
    case ProbeFailure::TruncatedReply:
        return QStringLiteral("truncated-reply");
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

} // namespace dockervm::docker
