#include "docker/probetexts.h"

#include <QCoreApplication>
#include <QDir>

namespace dockervm::docker::texts {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::docker::DockerProbe)
};

QString native(const QString &dir, const char *file)
{
    return QDir::toNativeSeparators(dir + QLatin1Char('/') + QLatin1String(file));
}

} // namespace

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
        names.isEmpty() ? Tr::tr("no subjectAltName at all") : names.join(QStringLiteral(", "));
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

QString excerpt(const QByteArray &bytes, int limit)
{
    QString text;
    for (const char c : bytes.left(limit)) {
        const uchar u = uchar(c);
        if (u >= 0x20 && u < 0x7f)
            text += QLatin1Char(c);
        else if (u == '\r' || u == '\n')
            text += QLatin1Char(' ');
        else
            text += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    text = text.trimmed();
    if (bytes.size() > limit)
        text += QStringLiteral("…");
    return text;
}

QString sslErrors(const QList<QSslError> &errors, const QSslCertificate &peer,
                  const ProbeOptions &options, const QString &caText, ProbeFailure *failure)
{
    bool untrusted = false, expired = false, notYet = false, mismatch = false;
    QSslCertificate cert = peer;
    QStringList other;
    for (const auto &e : errors) {
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
    const QString caFile = native(options.certDir, "ca.pem");
    QStringList parts;
    *failure = ProbeFailure::TlsError;
    if (untrusted) {
        *failure = ProbeFailure::UntrustedCertificate;
        parts
            << Tr::tr(
                   "the server's certificate (%1, issued by %2) is not signed by the CA in %3 "
                   "(%4). Use the ca.pem that signed the daemon's certificate, or give the daemon "
                   "a server certificate made from this CA ('docker-vm certs create --host %5')")
                   .arg(certName(cert), issuerName(cert), caFile, caText, options.host);
    }
    if (expired) {
        if (*failure == ProbeFailure::TlsError)
            *failure = ProbeFailure::CertificateExpired;
        parts << Tr::tr("the server's certificate expired on %1. Issue a new server certificate "
                        "('docker-vm certs create --host %2') and install it on the daemon")
                     .arg(dateText(cert.expiryDate()), options.host);
    }
    if (notYet) {
        if (*failure == ProbeFailure::TlsError)
            *failure = ProbeFailure::CertificateNotYetValid;
        parts << Tr::tr("the server's certificate is not valid before %1; check the clocks of this "
                        "computer and the server")
                     .arg(dateText(cert.effectiveDate()));
    }
    if (mismatch) {
        if (*failure == ProbeFailure::TlsError)
            *failure = ProbeFailure::HostNameMismatch;
        parts
            << (options.portSetting.isEmpty()
                    ? Tr::tr("the server's certificate is valid for %1, not for %2. Connect with a "
                             "name the certificate carries, or issue a server certificate for %2 "
                             "('docker-vm certs create --host %2'); the legacy --tls mode skips "
                             "this check")
                    : Tr::tr("the server's certificate is valid for %1, not for %2. Connect with a "
                             "name the certificate carries, or issue a server certificate for %2 "
                             "('docker-vm certs create --host %2' in a terminal); the legacy mode "
                             "(server not verified) skips this check"))
                   .arg(namesOf(cert), options.host);
    }
    if (!other.isEmpty())
        parts << other.join(QStringLiteral("; "));
    return parts.join(QStringLiteral("; also "));
}

QString connectionRefused(const QString &where, quint16 dockerPort, const QString &portSetting)
{
    if (!portSetting.isEmpty())
        return Tr::tr(
                   "Nothing accepts connections on %1 (connection refused): the Docker daemon is "
                   "not running yet, or listens on another port. Check %2, and that the Docker "
                   "daemon on the host listens on TCP port %3 (dockerd -H tcp://0.0.0.0:%3).")
            .arg(where, portSetting)
            .arg(dockerPort);
    return Tr::tr(
               "Nothing accepts connections on %1 (connection refused): the Docker daemon is not "
               "running yet, or listens on another port. Check --docker-port and that dockerd runs "
               "with -H tcp://0.0.0.0:%2.")
        .arg(where)
        .arg(dockerPort);
}

QString hostUnreachable(const QString &where, const QString &error)
{
    return Tr::tr("%1 cannot be reached (%2): check this computer's network connection.")
        .arg(where, error);
}

QString noAnswer(const QString &where)
{
    return Tr::tr(
               "No answer from %1: a firewall drops the packets or the port has no endpoint on the "
               "cloud service.")
        .arg(where);
}

QString cannotConnect(const QString &where, const QString &error)
{
    return Tr::tr("Cannot connect to %1: %2").arg(where, error);
}

QString connectTimeout(const QString &address, quint16 port, const QString &seconds)
{
    return Tr::tr("No answer from %1 port %2 within %3 s: a firewall drops the packets, the cloud "
                  "service has no endpoint for the port, or the VM is still starting.")
        .arg(address)
        .arg(port)
        .arg(seconds);
}

QString nameNotFound()
{
    return Tr::tr("the name does not exist (NXDOMAIN)");
}

QString resolveFailed(const QString &host, const QString &why)
{
    return Tr::tr(
               "Cannot resolve %1: %2. Check the spelling; a new cloud service's DNS name can take "
               "a few minutes to appear.")
        .arg(host, why);
}

QString resolveTimeout(const QString &host, const QString &seconds)
{
    return Tr::tr("Resolving %1 took longer than %2 s; check the DNS settings of this computer.")
        .arg(host, seconds);
}

QString demoRefusesHost(const QString &host)
{
    return Tr::tr(
               "Demo mode only reaches the simulated hosts on this computer, and %1 is not one of "
               "them; nothing was sent. Start the wizard without --demo to check a real host.")
        .arg(host);
}

QString mappedByOverride(const QString &host, const QString &address, quint16 port)
{
    return Tr::tr("%1 mapped to %2:%3 by the demo/test host override; the certificate is still "
                  "verified for %1")
        .arg(host, address)
        .arg(port);
}

QString handshakeAlert(const QString &target, const QString &alert)
{
    return Tr::tr(
               "The server on %1 closed the connection during the TLS handshake: TLS alert \"%2\". "
               "It speaks TLS but would not talk to us; check that this is the Docker daemon's "
               "port and that dockerd runs with --tlsverify and a server certificate.")
        .arg(target, alert);
}

QString handshakeClosed(const QString &target)
{
    return Tr::tr("The server on %1 closed the connection during the TLS handshake without a TLS "
                  "alert. Is the daemon started with --tlsverify on this port, or is it still "
                  "starting?")
        .arg(target);
}

QString handshakeFailed(const QString &target, const QString &error)
{
    return Tr::tr(
               "TLS handshake with %1 failed: %2. Is the daemon started with --tlsverify on this "
               "port?")
        .arg(target, error);
}

QString handshakeTimeout(const QString &target, const QString &seconds)
{
    return Tr::tr("The TLS handshake with %1 did not finish within %2 s: the service on that port "
                  "does not speak TLS, or the daemon is overloaded.")
        .arg(target, seconds);
}

QString notTls(const QString &target, const QByteArray &greeting, const QString &portSetting)
{
    if (!portSetting.isEmpty())
        return Tr::tr(
                   "The service on %1 does not speak TLS: it sent \"%2\". Another program listens "
                   "on this port; check %3, and that the Docker daemon on the host listens on it "
                   "with TLS verification (dockerd --tlsverify).")
            .arg(target, excerpt(greeting), portSetting);
    return Tr::tr(
               "The service on %1 does not speak TLS: it sent \"%2\". Another program listens on "
               "this port; check --docker-port and that dockerd runs with --tlsverify -H "
               "tcp://0.0.0.0:PORT.")
        .arg(target, excerpt(greeting));
}

QString plainHttp(const QString &host, quint16 port, const QString &statusLine)
{
    return Tr::tr(
               "Port %1 on %2 speaks plain HTTP, not TLS (it answered \"%3\"). The daemon was "
               "started without --tlsverify or another service listens there; never expose Docker "
               "without TLS. Start dockerd with --tlsverify --tlscacert --tlscert --tlskey on this "
               "port.")
        .arg(port)
        .arg(host, statusLine);
}

QString clientKeyUnusable(const QString &error, const QString &certDir)
{
    return Tr::tr(
               "The client certificate cannot be used: %1. Check that key.pem belongs to cert.pem "
               "in %2.")
        .arg(error, QDir::toNativeSeparators(certDir));
}

QString handshakeDone(const QSslCertificate &peer, QSsl::SslProtocol protocol,
                      const ProbeOptions &options)
{
    if (options.mode == ProbeOptions::Mode::Verify)
        return Tr::tr("%1; the server's certificate %2 (issued by %3, valid until %4) is signed by "
                      "ca.pem and valid for %5")
            .arg(protocolName(protocol), certName(peer), issuerName(peer),
                 dateText(peer.expiryDate()), options.host);
    if (!options.portSetting.isEmpty())
        return Tr::tr(
                   "%1; LEGACY MODE: the server's certificate %2 (issued by %3) was NOT verified")
            .arg(protocolName(protocol), certName(peer), issuerName(peer));
    return Tr::tr("%1; LEGACY MODE (--tls): the server's certificate %2 (issued by %3) was NOT "
                  "verified")
        .arg(protocolName(protocol), certName(peer), issuerName(peer));
}

QString clientCertificateRefused(const ProbeOptions &options, const QString &clientCert,
                                 const std::optional<QString> &alert)
{
    const QString target = QStringLiteral("%1:%2").arg(options.host).arg(options.port);
    const QString because = alert ? Tr::tr(" (TLS alert: %1)").arg(*alert) : QString();
    return Tr::tr(
               "The daemon on %1 refused our client certificate %2 (%3)%4: a daemon started with "
               "--tlsverify accepts only client certificates signed by its --tlscacert. Use the "
               "cert.pem and key.pem made with the CA whose certificate the VM got, or make a new "
               "set with 'docker-vm certs create' and install its CA on the daemon. The key is %5.")
        .arg(target, native(options.certDir, "cert.pem"), clientCert, because,
             native(options.certDir, "key.pem"));
}

QString clientCertificateAlertInHandshake()
{
    return Tr::tr("the daemon ended the handshake with an alert about our certificate");
}

QString clientCertificateAccepted(const QString &clientCert)
{
    return Tr::tr("the daemon accepted cert.pem (%1) and refuses clients without a certificate")
        .arg(clientCert);
}

QString clientCertificateNotRequired(const QString &target, const QString &certDir)
{
    return Tr::tr(
               "SECURITY: the daemon on %1 answers clients without a client certificate, so anyone "
               "who reaches the port controls Docker (and the VM). It runs with --tls, not "
               "--tlsverify. Restart dockerd with --tlsverify --tlscacert ca.pem --tlscert "
               "--tlskey (the CA that signed %2), and close the port until then.")
        .arg(target, native(certDir, "cert.pem"));
}

QString requestFailed(const QString &target, const QString &stage, const QString &error)
{
    return Tr::tr("The connection to %1 failed during %2: %3").arg(target, stage, error);
}

QString invalidHttp(const QString &target, const QString &path, const QString &error)
{
    return Tr::tr("%1 did not answer %2 with valid HTTP: %3").arg(target, path, error);
}

QString truncatedReply(const QString &target, const QString &path, bool headerComplete,
                       int attempts)
{
    const QString where =
        headerComplete ? Tr::tr("in the middle of the body of its answer to GET %1").arg(path)
                       : Tr::tr("before the header of its answer to GET %1 was complete").arg(path);
    return Tr::tr(
               "truncated reply: %1 closed the connection %2, %3 times in a row. The daemon may be "
               "restarting, or something between us cuts connections; try again.")
        .arg(target, where)
        .arg(attempts);
}

QString requestTimeout(const QString &target, const QString &path, const QString &seconds)
{
    return Tr::tr("The daemon on %1 did not answer GET %2 within %3 s.").arg(target, path, seconds);
}

} // namespace dockervm::docker::texts
