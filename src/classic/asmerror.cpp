#include "classic/asmerror.h"

#include "classic/models.h"

#include <QCoreApplication>

namespace dockervm::classic {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(classic::AsmError)
};

struct Translation
{
    QString explanation;
    QString nextStep;
};

Translation translateCode(int status, const QString &code, const QString &message)
{
    const auto is = [&code](const char *c) {
        return code.compare(QLatin1String(c), Qt::CaseInsensitive) == 0;
    };
    if (is("ForbiddenError") || is("AuthenticationFailed") || (status == 403 && code.isEmpty()))
        return {Tr::tr("The management certificate is not accepted for this subscription."),
                Tr::tr("Re-download the .publishsettings file for this subscription and import it "
                       "again (docker-vm account import FILE).")};
    if (is("SubscriptionDisabled"))
        return {Tr::tr("The subscription is disabled."),
                Tr::tr("Check the subscription's state and billing in the Azure portal, or choose "
                       "another subscription.")};
    if (is("MissingOrIncorrectVersionHeader"))
        return {
            Tr::tr("The server does not accept the API version (x-ms-version) this program sent."),
            Tr::tr("This is a bug in this program or the endpoint is not an Azure Service "
                   "Management endpoint; report it with the log (--verbose).")};
    if (is("ResourceNotFound") || (status == 404 && code.isEmpty()))
        return {Tr::tr("The requested resource does not exist."),
                Tr::tr("Check the name and the subscription; it may have been deleted.")};
    if (is("ConflictError") || status == 409) {
        if (message.contains(QLatin1String("exclusive access"), Qt::CaseInsensitive))
            return {Tr::tr("Azure is busy with another operation on the same resource."),
                    Tr::tr("Wait a minute and try again.")};
        return {Tr::tr("The request conflicts with the current state of the resource (it may "
                       "already exist)."),
                Tr::tr("Choose another name, or delete or reuse the existing resource.")};
    }
    if (is("ServerBusy") || is("TooManyRequests") || status == 503)
        return {Tr::tr("Azure is busy or throttling requests from this subscription."),
                Tr::tr("Wait a few minutes and try again.")};
    if (is("InternalError") || is("OperationTimedOut") || status == 500)
        return {Tr::tr("Azure reported an internal error."), Tr::tr("Try again later.")};
    if (is("InvalidXmlRequest") || is("BadRequest") ||
        is("MissingOrInvalidRequiredQueryParameter") || is("InvalidHttpVerb") || status == 400)
        return {Tr::tr("Azure rejected a value in the request."),
                Tr::tr("Check the values named in the server's message and change them.")};
    return {Tr::tr("The management endpoint answered with HTTP status %1.").arg(status),
            Tr::tr("Check the server's message; try again later if it looks temporary.")};
}

} // namespace

bool AsmError::isRetryable() const
{
    switch (kind) {
    case Kind::Transport:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        if (httpStatus == 500 || httpStatus == 503)
            return true;
        if (httpStatus == 409)
            return message.contains(QLatin1String("exclusive access"), Qt::CaseInsensitive);
        return false;
    default:
        return false;
    }
}

bool AsmError::isAuthenticationError() const
{
    return kind == Kind::Http && httpStatus == 403;
}

QString AsmError::summary() const
{
    if (!isError())
        return {};
    QString s = explanation;
    if (!code.isEmpty() && !message.isEmpty())
        s += QStringLiteral(" (%1: %2)").arg(code, message);
    else if (!message.isEmpty())
        s += QStringLiteral(" (%1)").arg(message);
    return s;
}

QString AsmError::toString() const
{
    if (!isError())
        return {};
    QStringList lines;
    lines << explanation;
    if (kind == Kind::Http) {
        QString detail = Tr::tr("Server reply: HTTP %1").arg(httpStatus);
        if (!code.isEmpty())
            detail += QLatin1Char(' ') + code;
        if (!message.isEmpty())
            detail += QStringLiteral(": ") + message;
        lines << detail;
    } else if (!message.isEmpty() && tlsErrors.isEmpty()) {
        lines << Tr::tr("Detail: %1").arg(message);
    }
    // A Tls error's explanation already names its TLS errors (fromNetworkError()).
    if (kind != Kind::Tls) {
        for (const QString &t : tlsErrors)
            lines << Tr::tr("TLS: %1").arg(t);
    }
    if (!requestId.isEmpty())
        lines << Tr::tr("Request id: %1").arg(requestId);
    if (!nextStep.isEmpty())
        lines << Tr::tr("Next step: %1").arg(nextStep);
    return lines.join(QLatin1Char('\n'));
}

AsmError AsmError::fromHttpReply(int status, const QByteArray &body, const QString &requestId)
{
    AsmError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.requestId = requestId;
    if (const auto parsed = parseAsmErrorBody(body)) {
        e.code = parsed->code;
        e.message = parsed->message;
    } else if (!body.isEmpty() && body.size() < 512 && !body.trimmed().startsWith('<')) {
        e.message = QString::fromUtf8(body.trimmed());
    }
    const Translation t = translateCode(status, e.code, e.message);
    e.explanation = t.explanation;
    e.nextStep = t.nextStep;
    return e;
}

AsmError AsmError::fromNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage,
                                    const QUrl &url, const QList<QSslError> &sslErrors)
{
    AsmError e;
    e.kind = Kind::Transport;
    e.networkError = error;
    e.message = qtMessage;
    const QString host =
        url.host() + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString());
    for (const QSslError &s : sslErrors)
        e.tlsErrors << s.errorString();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        e.explanation = Tr::tr("The connection to %1 was refused.").arg(host);
        e.nextStep =
            Tr::tr("Check the management endpoint in the subscription (or that the simulator "
                   "is running) and your network.");
        break;
    case QNetworkReply::HostNotFoundError:
        e.explanation = Tr::tr("The host name %1 could not be resolved.").arg(url.host());
        e.nextStep = Tr::tr("Check your network connection and DNS settings.");
        break;
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        e.explanation = Tr::tr("The connection to %1 timed out.").arg(host);
        e.nextStep = Tr::tr("Check your network connection and try again.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.explanation = Tr::tr("%1 closed the connection before answering.").arg(host);
        e.nextStep =
            Tr::tr("Try again; if it keeps happening, check proxies or firewalls in between.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        if (!sslErrors.isEmpty()) {
            e.explanation =
                Tr::tr("The TLS connection to %1 failed: the server's certificate is not "
                       "trusted (%2).")
                    .arg(host, e.tlsErrors.join(QStringLiteral("; ")));
            e.nextStep = Tr::tr("If this is a simulator or a private endpoint, pass its CA "
                                "certificate with --management-ca FILE; otherwise check the system "
                                "clock and the CA certificates of this system.");
        } else {
            e.explanation = Tr::tr("The TLS handshake with %1 failed.").arg(host);
            e.nextStep = Tr::tr("The server may have refused the management certificate or the TLS "
                                "version; re-download the .publishsettings file and try again.");
        }
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.explanation = Tr::tr("The proxy in front of %1 failed: %2").arg(host, qtMessage);
        e.nextStep = Tr::tr("Check the proxy settings (http_proxy/https_proxy).");
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        e.explanation = Tr::tr("The network failed while talking to %1.").arg(host);
        e.nextStep = Tr::tr("Check your network connection and try again.");
        break;
    default:
        e.explanation = Tr::tr("The request to %1 failed: %2").arg(host, qtMessage);
        e.nextStep = Tr::tr("Try again; run with --verbose for details.");
        break;
    }
    return e;
}

AsmError AsmError::timeout(const QUrl &url, int timeoutMs, qint64 bytesReceived)
{
    AsmError e;
    e.kind = Kind::Timeout;
    e.networkError = QNetworkReply::TimeoutError;
    const QString seconds = QString::number(timeoutMs / 1000.0, 'g', 3);
    if (bytesReceived < 0) {
        e.explanation = Tr::tr("%1 did not answer within %2 seconds.").arg(url.host(), seconds);
    } else {
        e.explanation = Tr::tr("The reply from %1 timed out after %2 s while receiving (%3 bytes "
                               "received).")
                            .arg(url.host(), seconds)
                            .arg(bytesReceived);
    }
    e.nextStep = Tr::tr("Check your network connection and try again later.");
    return e;
}

AsmError AsmError::cancelled()
{
    AsmError e;
    e.kind = Kind::Cancelled;
    e.networkError = QNetworkReply::OperationCanceledError;
    e.explanation = Tr::tr("The request was cancelled.");
    return e;
}

AsmError AsmError::clientClosed()
{
    AsmError e = cancelled();
    e.explanation =
        Tr::tr("The request was cancelled: the connection to the subscription was closed "
               "(the subscription was switched or the program is closing).");
    e.nextStep = Tr::tr("Start the action again.");
    return e;
}

AsmError AsmError::tooManyRedirects(const QUrl &lastUrl, int hops)
{
    AsmError e;
    e.kind = Kind::TooManyRedirects;
    e.httpStatus = 307;
    e.explanation = Tr::tr("The management endpoint redirected the request %1 times (last to %2).")
                        .arg(hops)
                        .arg(lastUrl.host());
    e.nextStep = Tr::tr("Try again later; if it persists, the endpoint is misconfigured.");
    return e;
}

AsmError AsmError::invalidReply(const QString &what, const QString &parseError)
{
    AsmError e;
    e.kind = Kind::InvalidReply;
    e.message = parseError;
    e.explanation = Tr::tr("The reply to %1 could not be read.").arg(what);
    e.nextStep = Tr::tr("Check that the endpoint is an Azure Service Management endpoint; run with "
                        "--verbose for details.");
    return e;
}

AsmError AsmError::tooLarge(const QString &what, qint64 limitBytes, qint64 announcedBytes)
{
    AsmError e;
    e.kind = Kind::TooLarge;
    const QString limit = QString::number(limitBytes / (1024.0 * 1024.0), 'g', 3);
    if (announcedBytes >= 0)
        e.explanation =
            Tr::tr("The reply to %1 is larger than %2 MiB (it announced %3 bytes); it was "
                   "not read.")
                .arg(what, limit)
                .arg(announcedBytes);
    else
        e.explanation = Tr::tr("The reply to %1 is larger than %2 MiB; reading stopped there.")
                            .arg(what, limit);
    e.nextStep = Tr::tr("Check that the endpoint is an Azure Service Management endpoint; no Azure "
                        "reply comes near that size.");
    return e;
}

AsmError AsmError::redirectRefused(int httpStatus, const QUrl &target, const QUrl &endpoint)
{
    AsmError e;
    e.kind = Kind::RedirectRefused;
    e.httpStatus = httpStatus;
    const QString to = target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (target.scheme() != QLatin1String("https")) {
        e.explanation =
            Tr::tr(
                "The management endpoint redirected the request to a non-HTTPS address (%1); the "
                "redirect was not followed.")
                .arg(to);
    } else {
        e.explanation = Tr::tr("The management endpoint %1 redirected the request to another host "
                               "(%2); the redirect was not followed, so the request and the "
                               "management certificate stay with %1.")
                            .arg(endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                          QUrl::RemoveQuery),
                                 to);
    }
    e.message = to;
    e.nextStep = Tr::tr("Check the management endpoint of the subscription (a proxy or a wrong "
                        "address may sit in between); run with --verbose for details.");
    return e;
}

AsmError AsmError::gaveUp(AsmError last, int attempts, qint64 elapsedMs)
{
    const QString note =
        QCoreApplication::translate("classic::AsmError", "Gave up after %n attempt(s) in %1 s.",
                                    nullptr, attempts)
            .arg(elapsedMs / 1000.0, 0, 'f', 1);
    last.explanation =
        last.explanation.isEmpty() ? note : last.explanation + QLatin1Char(' ') + note;
    return last;
}

std::optional<AsmErrorBody> parseAsmErrorBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return std::nullopt;
    const std::optional<XmlElement> root = parseXmlDocument(body);
    if (!root || root->name != QLatin1String("Error"))
        return std::nullopt;
    AsmErrorBody out;
    out.code = root->childText(u"Code");
    out.message = root->childText(u"Message");
    if (out.code.isEmpty() && out.message.isEmpty())
        return std::nullopt;
    return out;
}

QString asmErrorKindName(AsmError::Kind kind)
{
    switch (kind) {
    case AsmError::Kind::None:
        return QStringLiteral("none");
    case AsmError::Kind::Http:
        return QStringLiteral("http");
    case AsmError::Kind::Transport:
        return QStringLiteral("transport");
    case AsmError::Kind::Tls:
        return QStringLiteral("tls");
    case AsmError::Kind::Timeout:
        return QStringLiteral("timeout");
    case AsmError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case AsmError::Kind::TooManyRedirects:
        return QStringLiteral("too-many-redirects");
    case AsmError::Kind::InvalidReply:
        return QStringLiteral("invalid-reply");
    case AsmError::Kind::TooLarge:
        return QStringLiteral("too-large");
    case AsmError::Kind::RedirectRefused:
        return QStringLiteral("redirect-refused");
    }
    return QStringLiteral("unknown");
}

} // namespace dockervm::classic
