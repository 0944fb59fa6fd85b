#include "arm/armerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace dockervm::arm {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::arm::ArmError)
};

// The portal's "My quotas" page (quota increase requests).
const char kQuotaPortalUrl[] =
    "https://portal.azure.com/#view/Microsoft_Azure_Capacity/QuotaMenuBlade/~/myQuotas";

bool is(const QString &code, const char *name)
{
    return code.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

bool isSignInCode(const QString &c)
{
    return is(c, "ExpiredAuthenticationToken") || is(c, "InvalidAuthenticationToken") ||
           is(c, "InvalidAuthenticationTokenTenant") || is(c, "AuthenticationFailed");
}

bool isThrottleCode(const QString &c)
{
    return is(c, "TooManyRequests") || is(c, "ResourceRequestsThrottled") ||
           is(c, "SubscriptionRequestsThrottled") || is(c, "TenantRequestsThrottled") ||
           is(c, "ResourceCollectionRequestsThrottled") || is(c, "RequestsThrottled");
}

bool isInUseCode(const QString &c)
{
    return is(c, "NicInUse") || is(c, "PublicIPAddressCannotBeDeleted") ||
           (c.startsWith(QLatin1String("InUse"), Qt::CaseInsensitive) &&
            c.endsWith(QLatin1String("CannotBeDeleted"), Qt::CaseInsensitive));
}

bool isTransientConflictCode(const QString &c)
{
    return is(c, "AnotherOperationInProgress") || is(c, "RetryableError") ||
           is(c, "OperationPreempted") || is(c, "ResourceGroupBeingDeleted");
}

bool mentionsQuota(const QString &message)
{
    return message.contains(QLatin1String("quota"), Qt::CaseInsensitive);
}

bool isQuota(const ArmErrorDetail &d)
{
    return is(d.code, "QuotaExceeded") ||
           (is(d.code, "OperationNotAllowed") && mentionsQuota(d.message));
}

// Codes whose text is more telling than the wrapper around them.
bool isSpecific(const ArmErrorDetail &d)
{
    const QString &c = d.code;
    return isQuota(d) || is(c, "SkuNotAvailable") || is(c, "DnsRecordInUse") ||
           is(c, "AuthorizationFailed") || is(c, "ResourceGroupNotFound") ||
           is(c, "ResourceNotFound") || is(c, "MissingSubscriptionRegistration") ||
           isInUseCode(c) || isSignInCode(c) || isThrottleCode(c) || isTransientConflictCode(c);
}

bool isWrapper(const QString &c)
{
    return c.isEmpty() || is(c, "DeploymentFailed") || is(c, "InvalidTemplateDeployment") ||
           is(c, "BadRequest") || is(c, "Conflict") || is(c, "ResourceDeploymentFailure") ||
           is(c, "ResourceOperationFailure") || is(c, "InternalServerError");
}

// Depth-first: the first specific code; else the innermost detail under a wrapper.
const ArmErrorDetail *findRoot(const ArmErrorDetail &d, int depth = 0)
{
    if (depth > 16)
        return nullptr;
    if (isSpecific(d))
        return &d;
    for (const ArmErrorDetail &child : d.details) {
        if (const ArmErrorDetail *r = findRoot(child, depth + 1); r && isSpecific(*r))
            return r;
    }
    if (isWrapper(d.code)) {
        for (const ArmErrorDetail &child : d.details) {
            if (const ArmErrorDetail *r = findRoot(child, depth + 1))
                return r;
        }
    }
    return &d;
}

QJsonObject detailToJson(const ArmErrorDetail &d)
{
    QJsonObject o{{QStringLiteral("code"), d.code}, {QStringLiteral("message"), d.message}};
    if (!d.target.isEmpty())
        o.insert(QStringLiteral("target"), d.target);
    if (!d.details.isEmpty()) {
        QJsonArray a;
        for (const ArmErrorDetail &c : d.details)
            a.append(detailToJson(c));
        o.insert(QStringLiteral("details"), a);
    }
    return o;
}

QString subscriptionFrom(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("/subscriptions/([0-9a-fA-F-]{36})"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString urlText(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

ArmErrorDetail parseArmErrorObject(const QJsonObject &error)
{
    ArmErrorDetail d;
    d.code = error.value(QLatin1String("code")).toString();
    d.message = error.value(QLatin1String("message")).toString();
    d.target = error.value(QLatin1String("target")).toString();
    for (const QJsonValue &v : error.value(QLatin1String("details")).toArray()) {
        if (v.isObject())
            d.details.append(parseArmErrorObject(v.toObject()));
    }
    // DeploymentFailed: a detail's message is itself an error document serialised as a string.
    const QString trimmed = d.message.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        if (auto nested = parseArmErrorBody(trimmed.toUtf8()))
            d.details.append(*nested);
    }
    return d;
}

std::optional<ArmErrorDetail> parseArmErrorBody(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("error")).isObject())
        return parseArmErrorObject(o.value(QLatin1String("error")).toObject());
    if (o.value(QLatin1String("code")).isString())
        return parseArmErrorObject(o);
    return std::nullopt;
}

int parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = h.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, 24 * 3600));
    // HTTP-date, e.g. "Fri, 31 Dec 1999 23:59:59 GMT" (RFC 9110 IMF-fixdate).
    QString text = QString::fromLatin1(h);
    text.remove(QRegularExpression(QStringLiteral("\\s*GMT$")));
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    const qint64 delta = now.secsTo(at);
    return int(std::clamp<qint64>(delta, 0, 24 * 3600));
}

int retryAfterFromMessage(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("try again after '?(\\d+)'? seconds?"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(message);
    if (!m.hasMatch())
        return -1;
    return int(std::min<qlonglong>(m.captured(1).toLongLong(), 24 * 3600));
}

ArmErrorDetail ArmError::rootCause() const
{
    ArmErrorDetail top{code, message, target, details};
    if (const ArmErrorDetail *r = findRoot(top))
        return *r;
    return top;
}

ArmError::Category ArmError::category() const
{
    switch (kind) {
    case Kind::None:
        return Category::None;
    case Kind::Cancelled:
        return Category::Cancelled;
    case Kind::SignInRequired:
        return Category::SignIn;
    case Kind::Transport:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::InvalidReply:
    case Kind::TooLarge:
    case Kind::HostRefused:
    case Kind::TokenUnavailable:
    case Kind::TooManyPages:
        return Category::Network;
    case Kind::Http:
    case Kind::OperationFailed:
    case Kind::OperationCanceled:
        break;
    }
    const ArmErrorDetail root = rootCause();
    const QString &c = root.code;
    if (isSignInCode(c) || httpStatus == 401)
        return Category::SignIn;
    if (is(c, "AuthorizationFailed") || is(c, "LinkedAuthorizationFailed"))
        return Category::Authorization;
    if (isQuota(root))
        return Category::Quota;
    if (is(c, "SkuNotAvailable"))
        return Category::SkuNotAvailable;
    if (is(c, "DnsRecordInUse"))
        return Category::DnsRecordInUse;
    if (is(c, "ResourceGroupNotFound"))
        return Category::ResourceGroupNotFound;
    if (is(c, "ResourceNotFound") || is(c, "NotFound"))
        return Category::ResourceNotFound;
    if (is(c, "MissingSubscriptionRegistration"))
        return Category::ProviderNotRegistered;
    if (isThrottleCode(c) || httpStatus == 429)
        return Category::Throttled;
    if (isInUseCode(c))
        return Category::InUse;
    if (isTransientConflictCode(c))
        return Category::TransientConflict;
    if (httpStatus >= 500)
        return Category::Server;
    if (kind == Kind::OperationCanceled)
        return Category::Cancelled;
    return Category::Other;
}

bool ArmError::isRetryable() const
{
    switch (kind) {
    case Kind::Transport:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        break;
    default:
        return false;
    }
    if (httpStatus == 429 || httpStatus >= 500)
        return true;
    if (httpStatus == 409) {
        // Only transient conflicts: never OperationNotAllowed (quota, disk attached), quota or
        // SkuNotAvailable, which no replay fixes.
        const ArmErrorDetail root = rootCause();
        if (isTransientConflictCode(root.code))
            return true;
        return is(code, "Conflict") &&
               message.contains(QLatin1String("in progress"), Qt::CaseInsensitive);
    }
    return false;
}

QString ArmError::userMessage() const
{
    if (!isError())
        return {};
    const ArmErrorDetail root = rootCause();
    QString what;
    QString next;
    switch (category()) {
    case Category::None:
        return {};
    case Category::Cancelled:
        what = kind == Kind::OperationCanceled ? Tr::tr("Azure cancelled the operation.") : message;
        break;
    case Category::SignIn:
        what = kind == Kind::SignInRequired && !message.isEmpty()
                   ? message
                   : Tr::tr("Azure did not accept the sign-in (the access token expired or is not "
                            "valid for Azure Resource Manager).");
        next = Tr::tr("Sign in again (docker-vm login).");
        break;
    case Category::Authorization: {
        QString sub = subscriptionFrom(root.message);
        if (sub.isEmpty())
            sub = subscriptionFrom(url.path());
        what = sub.isEmpty()
                   ? Tr::tr("Your account is not allowed to do this in the subscription.")
                   : Tr::tr("Your account is not allowed to do this in subscription %1.").arg(sub);
        next = sub.isEmpty()
                   ? Tr::tr("You need the Contributor (or Owner) role on the subscription: ask its "
                            "owner to grant it, then sign in again so the new role takes effect.")
                   : Tr::tr("You need the Contributor (or Owner) role on subscription %1: ask its "
                            "owner to grant it, then sign in again so the new role takes effect.")
                         .arg(sub);
        break;
    }
    case Category::Quota:
        what =
            Tr::tr("The subscription's quota in this region is too small for this virtual machine "
                   "(vCPUs or another limit).");
        next = Tr::tr("Choose a smaller size or another region, or request more quota in the Azure "
                      "portal: %1")
                   .arg(QLatin1String(kQuotaPortalUrl));
        break;
    case Category::SkuNotAvailable:
        what =
            Tr::tr("The chosen VM size is not available to this subscription in this region (not "
                   "offered there, or no capacity right now).");
        next = Tr::tr("Choose another size or another region.");
        break;
    case Category::DnsRecordInUse:
        what = Tr::tr("The DNS name is already used by another public IP address in this region.");
        next = Tr::tr("Choose another DNS label.");
        break;
    case Category::ResourceGroupNotFound:
        what = Tr::tr("The resource group does not exist (any more).");
        next = Tr::tr("Check the subscription and the name; a group deleted by a rollback is gone "
                      "for good.");
        break;
    case Category::ResourceNotFound:
        what = Tr::tr("The Azure resource does not exist (any more).");
        next = Tr::tr("Check the subscription, resource group and name.");
        break;
    case Category::ProviderNotRegistered:
        what = Tr::tr("The subscription is not registered for a resource provider this needs "
                      "(common on new subscriptions).");
        next =
            Tr::tr("Register Microsoft.Compute and Microsoft.Network for the subscription (portal: "
                   "Subscription > Resource providers, or az provider register), then try again.");
        break;
    case Category::Throttled:
        what = retryAfterSeconds >= 0
                   ? Tr::tr("Azure is throttling requests (too many in a short time); it asked to "
                            "wait %n second(s).",
                            nullptr, retryAfterSeconds)
                   : Tr::tr("Azure is throttling requests (too many in a short time).");
        next = Tr::tr("Wait a few minutes, then try again.");
        break;
    case Category::InUse:
        what = Tr::tr("An Azure resource cannot be deleted while another one still uses it.");
        next =
            Tr::tr("Delete in reverse order (virtual machine, then network interface, then public "
                   "IP, network security group and virtual network), or delete the whole resource "
                   "group.");
        break;
    case Category::TransientConflict:
        what = Tr::tr("Another operation on the same resource is still running.");
        next = Tr::tr("Wait until it has finished, then try again.");
        break;
    case Category::Server:
        what = Tr::tr("Azure Resource Manager had an internal error (HTTP %1).").arg(httpStatus);
        next = Tr::tr("Try again in a few minutes; if it keeps failing, check the Azure status "
                      "page.");
        break;
    case Category::Network:
        what = message;
        switch (kind) {
        case Kind::Tls:
            next =
                Tr::tr("Check the system clock and any proxy that intercepts TLS; for Azure Stack "
                       "or a test server, give its CA file.");
            break;
        case Kind::HostRefused:
            next = Tr::tr("This is a fault of the server's reply; report it with the request id.");
            break;
        case Kind::TokenUnavailable:
            next = Tr::tr("Check the network connection, then try again.");
            break;
        case Kind::InvalidReply:
        case Kind::TooLarge:
        case Kind::TooManyPages:
            next = Tr::tr("Try again later; if it persists, report it with the request id.");
            break;
        default:
            next = Tr::tr("Check the network connection, then try again.");
            break;
        }
        break;
    case Category::Other:
        what = kind == Kind::OperationFailed
                   ? Tr::tr("The Azure operation failed.")
                   : Tr::tr("Azure refused the request (HTTP %1).").arg(httpStatus);
        break;
    }
    QStringList lines;
    if (!what.isEmpty())
        lines << what;
    if (!next.isEmpty())
        lines << next;
    if (!root.code.isEmpty())
        lines << Tr::tr("Azure said: %1: %2").arg(root.code, root.message);
    else if (kind == Kind::Http && !message.isEmpty() && message != what)
        lines << Tr::tr("Azure said: %1").arg(message);
    if (!requestId.isEmpty() || !correlationId.isEmpty())
        lines << Tr::tr("(request id %1, correlation id %2)")
                     .arg(requestId.isEmpty() ? QStringLiteral("-") : requestId,
                          correlationId.isEmpty() ? QStringLiteral("-") : correlationId);
    return lines.join(QLatin1Char('\n'));
}

QString ArmError::summary() const
{
    if (!isError())
        return QStringLiteral("ok");
    QString s = armErrorKindName(kind);
    if (httpStatus)
        s += QLatin1Char(' ') + QString::number(httpStatus);
    const ArmErrorDetail root = rootCause();
    if (!code.isEmpty())
        s += QLatin1Char(' ') + code;
    if (!root.code.isEmpty() && root.code != code)
        s += QStringLiteral(" (") + root.code + QLatin1Char(')');
    s += QStringLiteral(": ") + (root.message.isEmpty() ? message : root.message);
    if (!requestId.isEmpty())
        s += QStringLiteral(" (request ") + requestId + QLatin1Char(')');
    return s;
}

QJsonObject ArmError::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), armErrorKindName(kind)},
                  {QStringLiteral("category"), armErrorCategoryName(category())},
                  {QStringLiteral("httpStatus"), httpStatus},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("userMessage"), userMessage()}};
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    if (!details.isEmpty()) {
        QJsonArray a;
        for (const ArmErrorDetail &d : details)
            a.append(detailToJson(d));
        o.insert(QStringLiteral("details"), a);
    }
    const ArmErrorDetail root = rootCause();
    if (!root.code.isEmpty())
        o.insert(QStringLiteral("rootCause"),
                 QJsonObject{{QStringLiteral("code"), root.code},
                             {QStringLiteral("message"), root.message}});
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("requestId"), requestId);
    if (!correlationId.isEmpty())
        o.insert(QStringLiteral("correlationId"), correlationId);
    if (retryAfterSeconds >= 0)
        o.insert(QStringLiteral("retryAfterSeconds"), retryAfterSeconds);
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), urlText(url));
    return o;
}

ArmError ArmError::fromHttpReply(int httpStatus, const QByteArray &body, const QString &requestId,
                                 const QString &correlationId, const QByteArray &retryAfterHeader)
{
    ArmError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    e.requestId = requestId;
    e.correlationId = correlationId;
    if (auto d = parseArmErrorBody(body)) {
        e.code = d->code;
        e.message = d->message;
        e.target = d->target;
        e.details = d->details;
    } else {
        QString text = QString::fromUtf8(body.left(300)).simplified();
        e.message = text.isEmpty() ? Tr::tr("HTTP status %1 without an error body.").arg(httpStatus)
                                   : Tr::tr("HTTP status %1: %2").arg(httpStatus).arg(text);
    }
    e.retryAfterSeconds = parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc());
    if (e.retryAfterSeconds < 0)
        e.retryAfterSeconds = retryAfterFromMessage(e.rootCause().message);
    if (e.retryAfterSeconds < 0)
        e.retryAfterSeconds = retryAfterFromMessage(e.message);
    return e;
}

ArmError ArmError::fromOperationBody(const QJsonObject &body, const QString &requestId)
{
    ArmError e;
    const QString status = body.value(QLatin1String("status")).toString();
    e.kind = is(status, "Canceled") || is(status, "Cancelled") ? Kind::OperationCanceled
                                                               : Kind::OperationFailed;
    e.httpStatus = 200;
    e.requestId = requestId;
    const QJsonValue error = body.value(QLatin1String("error"));
    if (error.isObject()) {
        const ArmErrorDetail d = parseArmErrorObject(error.toObject());
        e.code = d.code;
        e.message = d.message;
        e.target = d.target;
        e.details = d.details;
    }
    if (e.message.isEmpty())
        e.message = e.kind == Kind::OperationCanceled
                        ? Tr::tr("The operation was cancelled in Azure.")
                        : Tr::tr("The operation ended with status %1 and no error detail.")
                              .arg(status.isEmpty() ? QStringLiteral("Failed") : status);
    return e;
}

ArmError ArmError::fromNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage,
                                    const QUrl &url, const QStringList &tlsErrors)
{
    ArmError e;
    e.kind = (error == QNetworkReply::SslHandshakeFailedError || !tlsErrors.isEmpty())
                 ? Kind::Tls
                 : Kind::Transport;
    e.networkError = error;
    e.tlsErrors = tlsErrors;
    e.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (e.kind == Kind::Tls)
        e.message = Tr::tr("The TLS connection to %1 failed: %2")
                        .arg(url.host(), tlsErrors.isEmpty() ? qtMessage : tlsErrors.join(u"; "));
    else
        e.message = Tr::tr("Could not reach %1: %2").arg(url.host(), qtMessage);
    return e;
}

ArmError ArmError::timeout(const QUrl &url, int timeoutMs, bool receiving)
{
    ArmError e;
    e.kind = Kind::Timeout;
    e.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    const int s = std::max(1, (timeoutMs + 999) / 1000);
    e.message = receiving
                    ? Tr::tr("%1 timed out after %n second(s) while sending its reply.", nullptr, s)
                          .arg(url.host())
                    : Tr::tr("%1 did not answer within %n second(s).", nullptr, s).arg(url.host());
    return e;
}

ArmError ArmError::cancelled()
{
    ArmError e;
    e.kind = Kind::Cancelled;
    e.message = Tr::tr("Cancelled.");
    return e;
}

ArmError ArmError::clientClosed()
{
    ArmError e;
    e.kind = Kind::Cancelled;
    e.message = Tr::tr("Cancelled: the Azure connection was closed.");
    return e;
}

ArmError ArmError::invalidReply(const QUrl &url, const QString &why)
{
    ArmError e;
    e.kind = Kind::InvalidReply;
    e.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    e.message = Tr::tr("The reply from %1 is not what Azure Resource Manager sends: %2")
                    .arg(urlText(url), why);
    return e;
}

ArmError ArmError::tooLarge(const QUrl &url, qint64 limitBytes)
{
    ArmError e;
    e.kind = Kind::TooLarge;
    e.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    e.message = Tr::tr("The reply from %1 is larger than %2 bytes; reading stopped there.")
                    .arg(urlText(url))
                    .arg(limitBytes);
    return e;
}

ArmError ArmError::hostRefused(const QUrl &target, const QUrl &armEndpoint)
{
    ArmError e;
    e.kind = Kind::HostRefused;
    e.url = target.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    e.message =
        Tr::tr("Refused to send the Azure sign-in token to %1: only %2 gets it (the URL came "
               "from a reply and points elsewhere).")
            .arg(urlText(target), urlText(armEndpoint));
    return e;
}

ArmError ArmError::signInRequired(const QString &why)
{
    ArmError e;
    e.kind = Kind::SignInRequired;
    e.httpStatus = 401;
    e.message = why;
    return e;
}

ArmError ArmError::tokenUnavailable(const QString &why)
{
    ArmError e;
    e.kind = Kind::TokenUnavailable;
    e.message = why;
    return e;
}

ArmError ArmError::tooManyPages(const QUrl &url, int pages)
{
    ArmError e;
    e.kind = Kind::TooManyPages;
    e.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    e.message = Tr::tr("The list at %1 went on for more than %2 pages; stopped there.")
                    .arg(urlText(url))
                    .arg(pages);
    return e;
}

ArmError ArmError::gaveUp(ArmError last, int attempts, qint64 elapsedMs)
{
    last.message = Tr::tr("%1 (gave up after %n attempt(s) in %2 s)", nullptr, attempts)
                       .arg(last.message)
                       .arg((elapsedMs + 500) / 1000);
    return last;
}

QString armErrorKindName(ArmError::Kind kind)
{
    switch (kind) {
    case ArmError::Kind::None:
        return QStringLiteral("none");
    case ArmError::Kind::Http:
        return QStringLiteral("http");
    case ArmError::Kind::OperationFailed:
        return QStringLiteral("operation-failed");
    case ArmError::Kind::OperationCanceled:
        return QStringLiteral("operation-canceled");
    case ArmError::Kind::Transport:
        return QStringLiteral("transport");
    case ArmError::Kind::Tls:
        return QStringLiteral("tls");
    case ArmError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ArmError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case ArmError::Kind::InvalidReply:
        return QStringLiteral("invalid-reply");
    case ArmError::Kind::TooLarge:
        return QStringLiteral("too-large");
    case ArmError::Kind::HostRefused:
        return QStringLiteral("host-refused");
    case ArmError::Kind::SignInRequired:
        return QStringLiteral("sign-in-required");
    case ArmError::Kind::TokenUnavailable:
        return QStringLiteral("token-unavailable");
    case ArmError::Kind::TooManyPages:
        return QStringLiteral("too-many-pages");
    }
    return QStringLiteral("unknown");
}

QString armErrorCategoryName(ArmError::Category category)
{
    switch (category) {
    case ArmError::Category::None:
        return QStringLiteral("none");
    case ArmError::Category::SignIn:
        return QStringLiteral("sign-in");
    case ArmError::Category::Authorization:
        return QStringLiteral("authorization");
    case ArmError::Category::Quota:
        return QStringLiteral("quota");
    case ArmError::Category::SkuNotAvailable:
        return QStringLiteral("sku-not-available");
    case ArmError::Category::DnsRecordInUse:
        return QStringLiteral("dns-record-in-use");
    case ArmError::Category::ResourceGroupNotFound:
        return QStringLiteral("resource-group-not-found");
    case ArmError::Category::ResourceNotFound:
        return QStringLiteral("resource-not-found");
    case ArmError::Category::ProviderNotRegistered:
        return QStringLiteral("provider-not-registered");
    case ArmError::Category::Throttled:
        return QStringLiteral("throttled");
    case ArmError::Category::InUse:
        return QStringLiteral("in-use");
    case ArmError::Category::TransientConflict:
        return QStringLiteral("transient-conflict");
    case ArmError::Category::Server:
        return QStringLiteral("server");
    case ArmError::Category::Network:
        return QStringLiteral("network");
    case ArmError::Category::Cancelled:
        return QStringLiteral("cancelled");
    case ArmError::Category::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("unknown");
}

} // namespace dockervm::arm
