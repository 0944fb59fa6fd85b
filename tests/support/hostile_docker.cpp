#include "hostile_docker.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dockervm::testing {

namespace {

sim::HttpResponse json(int status, const QJsonObject &o)
{
    return sim::HttpResponse::text(status, QJsonDocument(o).toJson(QJsonDocument::Compact),
                                   "application/json");
}

} // namespace

QString hostileText(const QString &prefix)
{
    return prefix + QStringLiteral("\x1b[2J\x1b[H\x1b]0;pwned\x07\r✓ forged <b>bold</b>") +
           QChar(0x202E) + QStringLiteral("gnp.exe") + QChar(0x009B) + QStringLiteral("31m") +
           QChar(0x7F);
}

sim::HttpServer::Handler hostileDockerHandler(bool failInfo)
{
    return [failInfo](const sim::HttpRequest &request) {
        const QString path = request.path;
        if (path == QLatin1String("/_ping")) {
            sim::HttpResponse r = sim::HttpResponse::text(200, "OK");
            r.setHeader("Api-Version", "1.41");
            r.setHeader("Server", "Docker/20.10.24 (linux)\x1b[2J");
            return r;
        }
        if (path == QLatin1String("/version")) {
            return json(200, {{QStringLiteral("Version"), hostileText(QStringLiteral("20.10.24"))},
                              {QStringLiteral("ApiVersion"), QStringLiteral("1.41")},
                              {QStringLiteral("MinAPIVersion"), QStringLiteral("1.12")},
                              {QStringLiteral("Os"), QStringLiteral("linux")}});
        }
        if (path.endsWith(QLatin1String("/info"))) {
            if (failInfo) {
                return sim::HttpResponse::text(
                    500, hostileText(QStringLiteral("daemon error")).toUtf8());
            }
            return json(200,
                        {{QStringLiteral("Name"), hostileText(QStringLiteral("evil"))},
                         {QStringLiteral("OperatingSystem"), hostileText(QStringLiteral("Ubuntu"))},
                         {QStringLiteral("OSType"), QStringLiteral("linux")},
                         {QStringLiteral("Architecture"), QStringLiteral("x86_64")},
                         {QStringLiteral("NCPU"), 2},
                         {QStringLiteral("MemTotal"), 8341037056.0},
                         {QStringLiteral("Containers"), 0},
                         {QStringLiteral("Images"), 0}});
        }
        return json(404, {{QStringLiteral("message"), QStringLiteral("page not found")}});
    };
}

} // namespace dockervm::testing
