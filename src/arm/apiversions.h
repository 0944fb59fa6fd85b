#pragma once

#include <QString>

// One tested api-version per resource provider (arm.md §3: "pin one tested version per
// provider"). The simulator answers these; the recorded fixtures use the same or older ones.
namespace dockervm::arm::api {

inline QString resources()
{
    return QStringLiteral("2021-04-01");
} // resource groups
inline QString subscriptions()
{
    return QStringLiteral("2022-12-01");
} // tenants, subscriptions
inline QString locations()
{
    return QStringLiteral("2022-12-01");
}
inline QString network()
{
    return QStringLiteral("2024-05-01");
}
inline QString compute()
{
    return QStringLiteral("2024-07-01");
} // VMs, images
inline QString computeSkus()
{
    return QStringLiteral("2021-07-01");
} // resource SKUs

} // namespace dockervm::arm::api
