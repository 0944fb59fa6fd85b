#pragma once

#include <QString>
#include <QUrl>

namespace dockervm::identity {

// Where a cloud signs users in and serves Azure Resource Manager. The defaults are the public
// Azure cloud; sovereign clouds and Azure Stack Hub pass their own (`docker-vm login --authority
// --arm-endpoint`). Each saved account keeps the value it signed in with.
struct CloudEndpoints
{
    // Entra ID authority host; the tenant goes after it: <authority>/<tenant>/oauth2/v2.0/token.
    QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    // "organizations" for the first sign-in (work and school accounts), later a tenant id.
    QString tenant = QStringLiteral("organizations");
    // A public client application with "allow public client flows". Default: the Azure CLI's
    // well-known id (see README: how to use your own app registration instead).
    QString clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    QUrl armEndpoint = QUrl(QStringLiteral("https://management.azure.com"));
    // The ARM resource id the token is for; the v2 scope is this + "/.default" (hence the double
    // slash in "https://management.core.windows.net//.default"; azure-cli resource_to_scopes).
    QString armResource = QStringLiteral("https://management.core.windows.net/");
    // PEM file of an extra CA trusted for both hosts (Azure Stack Hub, test and demo servers).
    QString managementCaFile;

    QString scope() const { return armResource + QStringLiteral("/.default offline_access"); }
    bool operator==(const CloudEndpoints &) const = default;
};

} // namespace dockervm::identity
