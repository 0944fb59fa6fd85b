#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dockervm::docker {

// What a Docker daemon told us about itself through /_ping, /version and /info. Every field is
// optional in practice: a 1.x daemon (API 1.15) answers far fewer fields than 20.10 does, so
// missing values stay empty / -1.
struct ServerFacts
{
    QString serverVersion;        // "20.10.24", "1.3.3"
    QString apiVersion;           // the daemon's newest API version, "1.41"
    QString minApiVersion;        // the oldest API version it accepts; empty on old daemons
    QString negotiatedApiVersion; // the version we used for /info
    QString os;                   // OperatingSystem ("Debian GNU/Linux 12 (bookworm)") or Os
    QString osType;               // "linux"
    QString kernel;
    QString architecture;
    int ncpu = -1;
    qint64 memTotal = -1; // bytes
    QString storageDriver;
    int containers = -1;
    int running = -1;
    int paused = -1;
    int stopped = -1;
    int images = -1;
    QString name;

    QJsonObject toJson() const;
};

// Lenient readers: unknown fields are ignored, missing ones leave the facts untouched, numbers
// may arrive as JSON numbers, strings or booleans. They fail only when the body is not a JSON
// object, and then say so in *error.
bool parseVersionJson(const QByteArray &body, ServerFacts *facts, QString *error = nullptr);
bool parseInfoJson(const QByteArray &body, ServerFacts *facts, QString *error = nullptr);

// "1.41" -> {1, 41}; nothing for anything else.
std::optional<std::pair<int, int>> parseApiVersion(const QString &version);
// -1, 0, 1 like strcmp; unparsable versions sort first.
int compareApiVersions(const QString &a, const QString &b);

// The version to use for /v<N>/info: min(ours, the daemon's ApiVersion), but never below the
// daemon's MinAPIVersion. Empty when the daemon did not say (use the unversioned path then).
QString negotiateApiVersion(const QString &ours, const QString &serverApi,
                            const QString &serverMin);

// Reads the daemon's version out of a version-mismatch answer:
//   1.x:   "client and server don't have same version (client : 1.41, server: 1.15)"
//   newer: "client version 1.99 is too new. Maximum supported API version is 1.41"
QString serverVersionFromMismatch(const QByteArray &body);

// "7.8 GiB"
QString formatBytes(qint64 bytes);

} // namespace dockervm::docker
