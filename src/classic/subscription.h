#pragma once

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

namespace dockervm::classic {

// Which Azure cloud a management endpoint belongs to.
enum class Cloud { Public, China, USGovernment, Germany, Custom };

// One subscription as imported from a .publishsettings file. The private key is a secret: it is
// never logged, never put on a command line, and only stored in owner-only files or the keychain.
struct Subscription
{
    QString id;              // GUID
    QString name;            // display name
    QUrl managementEndpoint; // e.g. https://management.core.windows.net (no trailing slash)
    Cloud cloud = Cloud::Public;
    QSslCertificate certificate; // management (client) certificate
    QSslKey privateKey;          // its key

    bool isValid() const { return !id.isEmpty() && !certificate.isNull() && !privateKey.isNull(); }
};

// "public", "china", "usgov", "germany", "custom"
QString cloudId(Cloud cloud);
// Human-readable, translated: "Azure (public)", "Azure China", ...
QString cloudDisplayName(Cloud cloud);
// Maps a management endpoint to its cloud (case-insensitive, trailing slash ignored). Any other
// https URL is Custom.
Cloud cloudForEndpoint(const QUrl &endpoint);
// The DNS suffix of cloud services in that cloud: "cloudapp.net", "chinacloudapp.cn", ...
QString cloudServiceDnsSuffix(Cloud cloud);
// The storage endpoints' DNS suffix in that cloud: "core.windows.net", "core.chinacloudapi.cn",
// "core.usgovcloudapi.net", "core.cloudapi.de". Custom: the public one, as cloudServiceDnsSuffix.
QString storageDnsSuffix(Cloud cloud);

} // namespace dockervm::classic

Q_DECLARE_METATYPE(dockervm::classic::Subscription)
