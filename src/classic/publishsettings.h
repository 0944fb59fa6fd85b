#pragma once

#include "classic/subscription.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dockervm::classic {

// Why a .publishsettings file was refused. One code per cause, so callers (and tests) can tell
// them apart; the message in PublishSettingsResult says the same thing for people.
enum class PublishSettingsError {
    None,
    FileUnreadable,   // cannot open/read the file
    FileTooLarge,     // over PublishSettings::MaxFileSize (refused before reading it)
    EmptyFile,        // zero bytes or only whitespace
    NotXml,           // not well-formed XML (message carries line and column)
    DtdNotAllowed,    // a DOCTYPE/DTD (entities are never expanded)
    WrongRoot,        // root element is not <PublishData>
    NoPublishProfile, // no <PublishProfile>
    NoSubscription,   // no <Subscription> in any profile
    SubscriptionWithoutId,
    NoCertificate,        // neither the subscription nor its profile has ManagementCertificate
    BadBase64,            // ManagementCertificate is not valid base64
    CertificateNotPkcs12, // decoded bytes are not a PKCS#12 bundle (or damaged)
    CertificatePasswordProtected, // the PKCS#12 does not open with the empty password
    CertificateWithoutKey,        // a .cer, or a bundle without private key
    CertificateKeyMismatch,       // key does not belong to the certificate / no certificate
    CertificateUnsupported,       // algorithm or key type unavailable
    InsecureEndpoint,             // management URL is not https
    InvalidEndpoint,              // management URL unparsable or without host
};

struct PublishSettingsResult
{
    QList<Subscription> subscriptions;
    QStringList warnings; // translated, e.g. an expired certificate (still imported)
    PublishSettingsError error = PublishSettingsError::None;
    QString errorMessage; // translated, names the thing, the cause and the next step

    bool ok() const { return error == PublishSettingsError::None; }
};

// Reader and writer of Azure Service Management .publishsettings files, schema 1.0 (certificate
// and Url on <PublishProfile>, shared by its subscriptions) and 2.0 (ServiceManagementUrl and
// ManagementCertificate on each <Subscription>; a subscription's own values win). Any number of
// profiles and subscriptions. The endpoint loses its trailing slash and is mapped to its cloud;
// any other https URL is kept as a custom endpoint, http is refused.
class PublishSettings
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::classic::PublishSettings)
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    static PublishSettingsResult parse(const QByteArray &xml);
    // Refuses a file over MaxFileSize before reading it; errors name the file.
    static PublishSettingsResult load(const QString &path);

    // Schema 2.0 with one legacy PKCS#12 (empty password, RC2-40 + 3DES, SHA-1 MAC) per
    // subscription, as the Azure portal writes it. Used by the simulator and tests. Returns an
    // empty array and sets *error when a subscription has no certificate or key.
    static QByteArray writeSchema2(const QList<Subscription> &subs, QString *error);

    static QString errorCodeName(PublishSettingsError code); // "NotXml", ... (for logs/JSON)
};

} // namespace dockervm::classic
