#pragma once

#include "docker/probereport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSsl>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <optional>

// The probe's diagnosis texts, apart from the stage machine that decides which one applies: each
// names the thing, the cause and the next step. Everything here is translated output; nothing
// here is used to decide anything.
namespace dockervm::docker::texts {

QString certName(const QSslCertificate &cert);   // "CN=client"
QString issuerName(const QSslCertificate &cert); // "CN=Docker VM CA"
QString namesOf(const QSslCertificate &cert);    // "DNS:a.example, IP:127.0.0.1 (CN=a.example)"
QString dateText(const QDateTime &dt);           // "2027-11-28 02:52 UTC"
QString protocolName(QSsl::SslProtocol protocol);
// Bytes a peer sent, for a message: printable ASCII kept, everything else as \xNN, at most
// `limit` bytes shown.
QString excerpt(const QByteArray &bytes, int limit = 40);

// The certificate errors of a handshake, most specific failure in *failure.
QString sslErrors(const QList<QSslError> &errors, const QSslCertificate &peer,
                  const ProbeOptions &options, const QString &caText, ProbeFailure *failure);

// `portSetting`: ProbeOptions::portSetting (empty: the command line's wording).
QString connectionRefused(const QString &where, quint16 dockerPort,
                          const QString &portSetting = QString());
QString hostUnreachable(const QString &where, const QString &error);
QString noAnswer(const QString &where);
QString cannotConnect(const QString &where, const QString &error);
QString connectTimeout(const QString &address, quint16 port, const QString &seconds);
QString resolveFailed(const QString &host, const QString &why);
QString resolveTimeout(const QString &host, const QString &seconds);
QString nameNotFound();
QString demoRefusesHost(const QString &host);
QString mappedByOverride(const QString &host, const QString &address, quint16 port);

QString handshakeAlert(const QString &target, const QString &alert);
QString handshakeClosed(const QString &target);
QString handshakeFailed(const QString &target, const QString &error);
QString handshakeTimeout(const QString &target, const QString &seconds);
QString notTls(const QString &target, const QByteArray &greeting,
               const QString &portSetting = QString());
QString plainHttp(const QString &host, quint16 port, const QString &statusLine);
QString clientKeyUnusable(const QString &error, const QString &certDir);
QString handshakeDone(const QSslCertificate &peer, QSsl::SslProtocol protocol,
                      const ProbeOptions &options);

// `alert`: the TLS alert the daemon named, if it named one (it may just close).
QString clientCertificateRefused(const ProbeOptions &options, const QString &clientCert,
                                 const std::optional<QString> &alert);
QString clientCertificateAlertInHandshake();
QString clientCertificateAccepted(const QString &clientCert);
QString clientCertificateNotRequired(const QString &target, const QString &certDir);

QString requestFailed(const QString &target, const QString &stage, const QString &error);
QString invalidHttp(const QString &target, const QString &path, const QString &error);
QString truncatedReply(const QString &target, const QString &path, bool headerComplete,
                       int attempts);
QString requestTimeout(const QString &target, const QString &path, const QString &seconds);

} // namespace dockervm::docker::texts
