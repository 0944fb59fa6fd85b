#include "classic/subscription.h"

#include <QCoreApplication>

namespace dockervm::classic {

QString cloudId(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QStringLiteral("public");
    case Cloud::China:
        return QStringLiteral("china");
    case Cloud::USGovernment:
        return QStringLiteral("usgov");
    case Cloud::Germany:
        return QStringLiteral("germany");
    case Cloud::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

QString cloudDisplayName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QCoreApplication::translate("azure", "Azure (public)");
    case Cloud::China:
        return QCoreApplication::translate("azure", "Azure China");
    case Cloud::USGovernment:
        return QCoreApplication::translate("azure", "Azure US Government");
    case Cloud::Germany:
        return QCoreApplication::translate("azure", "Azure Germany");
    case Cloud::Custom:
        return QCoreApplication::translate("azure", "Custom endpoint");
    }
    return {};
}

Cloud cloudForEndpoint(const QUrl &endpoint)
{
    const QString host = endpoint.host().toLower();
    if (endpoint.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return Cloud::Custom;
    if (host == QLatin1String("management.core.windows.net"))
        return Cloud::Public;
    if (host == QLatin1String("management.core.chinacloudapi.cn"))
        return Cloud::China;
    if (host == QLatin1String("management.core.usgovcloudapi.net"))
        return Cloud::USGovernment;
    if (host == QLatin1String("management.core.cloudapi.de"))
        return Cloud::Germany;
    return Cloud::Custom;
}

QString cloudServiceDnsSuffix(Cloud cloud)
{
    switch (cloud) {
    case Cloud::China:
        return QStringLiteral("chinacloudapp.cn");
    case Cloud::USGovernment:
        return QStringLiteral("usgovcloudapp.net");
    case Cloud::Germany:
        return QStringLiteral("azurecloudapp.de");
    case Cloud::Public:
    case Cloud::Custom:
        return QStringLiteral("cloudapp.net");
    }
    return QStringLiteral("cloudapp.net");
}

QString storageDnsSuffix(Cloud cloud)
{
    switch (cloud) {
    case Cloud::China:
        return QStringLiteral("core.chinacloudapi.cn");
    case Cloud::USGovernment:
        return QStringLiteral("core.usgovcloudapi.net");
    case Cloud::Germany:
        return QStringLiteral("core.cloudapi.de");
    case Cloud::Public:
    case Cloud::Custom:
        return QStringLiteral("core.windows.net");
    }
    return QStringLiteral("core.windows.net");
}

} // namespace dockervm::classic
