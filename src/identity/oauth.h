#pragma once

#include "identity/endpoints.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcIdentity) // dockervm.identity: never a token, never a device_code

namespace dockervm::identity {

// The few claims of an id_token (or, without one, of the access token) the app shows or selects
// by. Decoded WITHOUT verifying the signature: they are used only for display and to pick the
// tenant/user a stored sign-in belongs to, never to authorise anything (ARM checks the token).
struct IdClaims
{
    QString tenantId;    // tid
    QString objectId;    // oid
    QString userName;    // preferred_username, else upn, else unique_name, else email
    QString displayName; // name
    bool isEmpty() const { return tenantId.isEmpty() && userName.isEmpty() && objectId.isEmpty(); }
};

// The payload claims of a JWT (header.payload.signature, base64url); empty when it is not one.
IdClaims decodeJwtClaims(const QByteArray &jwt);

// A successful /token reply.
struct TokenReply
{
    QByteArray accessToken;  // secret
    QByteArray refreshToken; // secret; may be absent (then the old one stays valid)
    QDateTime expiresAt;     // UTC: request start + expires_in
    int lifetimeSec = 0;
    QString scope;
    IdClaims claims; // from id_token, else from the access token when it is a JWT
};

// An OAuth 2.0 error body of the Microsoft identity platform:
// {error, error_description "AADSTSnnnnn: text\r\nTrace ID: …", error_codes[], trace_id, …}.
struct OAuthError
{
    QString error;       // "authorization_pending", "invalid_grant", …
    QString description; // error_description as sent (may hold several lines)
    QList<int> codes;    // error_codes
    QString traceId;
    // The first line of error_description with control characters neutralised: what the user
    // sees ("AADSTS70016: …"); the error code itself when there is no description.
    QString summary() const;
    bool hasCode(int aadsts) const { return codes.contains(aadsts); }
};

// Parses an OAuth error body; std::nullopt when the body is not one (a proxy's HTML page, …).
std::optional<OAuthError> parseOAuthError(const QByteArray &body);

// Parses a 200 /token reply received for a request started at `requestStart`. Returns false
// with *error (translated) when a required field is missing.
bool parseTokenReply(const QByteArray &body, const QDateTime &requestStart, TokenReply *out,
                     QString *error);

struct Http
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::identity::Http)
public:
    // A POST of an application/x-www-form-urlencoded body to `url`, with the extra CA of
    // `endpoints.managementCaFile` trusted (besides the system's) and a transfer timeout.
    // Returns false with *error when the CA file cannot be read.
    static bool formRequest(const CloudEndpoints &endpoints, const QUrl &url, int timeoutMs,
                            QNetworkRequest *out, QString *error);
    // <authority>/<tenant>/oauth2/v2.0/<leaf>
    static QUrl endpointUrl(const CloudEndpoints &endpoints, const QString &tenant,
                            const QString &leaf);
    // One line about a failed transport (no OAuth body): names the host, the cause, the next step.
    static QString transportError(const QUrl &url, QNetworkReply *reply);
    // A reply that is neither an OAuth error nor a token (HTTP status, content type).
    static QString unexpectedReply(const QUrl &url, int status, const QByteArray &contentType);
};

} // namespace dockervm::identity
