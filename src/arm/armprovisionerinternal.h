#pragma once

// Helpers shared by the two halves of the ARM provisioner (armprovisioner.cpp: one host;
// armprovisionernodes.cpp: several). Not part of any interface.

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1Char>
#include <QString>

namespace dockervm::arm::detail {

// "m:ss" of an elapsed time, for wait rows.
inline QString minutes(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// The VM instance view's status with `prefix` ("ProvisioningState/", "PowerState/"), lower
// case without the prefix; its message or display status into *display. Empty when absent.
inline QString instanceStatus(const QJsonObject &vm, const QString &prefix,
                              QString *display = nullptr)
{
    const QJsonArray statuses = vm.value(QStringLiteral("properties"))
                                    .toObject()
                                    .value(QStringLiteral("instanceView"))
                                    .toObject()
                                    .value(QStringLiteral("statuses"))
                                    .toArray();
    for (const QJsonValue &v : statuses) {
        const QJsonObject status = v.toObject();
        const QString code = status.value(QStringLiteral("code")).toString();
        if (code.startsWith(prefix, Qt::CaseInsensitive)) {
            if (display)
                *display = status.value(QStringLiteral("message"))
                               .toString(status.value(QStringLiteral("displayStatus")).toString());
            return code.mid(prefix.size()).toLower();
        }
    }
    return {};
}

} // namespace dockervm::arm::detail
