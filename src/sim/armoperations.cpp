// Long-running operations of the ARM simulator (arm.md §4): the Azure-AsyncOperation poll bodies
// of Compute ({startTime, endTime, status, name[, error]}) and Network ({status[, error]}), the
// Location URLs (202 while running, then 200/204), and the resource group delete's
// /operationresults/{token} (202 …, then 200). Each operation ends by a timer after its delay, so
// a VM finishes creating even when nobody polls.
#include "common/logging.h"
#include "sim/armcore.h"

#include <QTimer>

namespace dockervm::sim::arm {

std::shared_ptr<Operation> Core::startOperation(Operation::Shape shape, const QString &sub,
                                                const QString &location, const QString &apiVersion,
                                                int delayMs, ArmKind kind)
{
    auto op = std::make_shared<Operation>();
    op->shape = shape;
    op->subscriptionId = sub;
    op->location = location.toLower();
    op->apiVersion = apiVersion;
    op->startTime = QDateTime::currentDateTimeUtc();
    if (shape == Operation::Shape::GroupDelete) {
        // The recorded token is base64 of a job description; ours is opaque the same way.
        op->id = QString::fromLatin1(
            QStringLiteral("{\"jobId\":\"RESOURCEGROUPDELETIONJOB-%1\",\"jobLocation\":\"%2\"}")
                .arg(newGuid().toUpper(), op->location)
                .toUtf8()
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    } else {
        op->id = newGuid();
    }
    if (faults.failOperation.contains(kind)) {
        op->failed = true;
        op->error = faults.failOperation.value(kind);
    }
    ops.insert(op->id.toLower(), op);
    if (faults.hangOperation.contains(kind)) {
        qCDebug(lcSim) << "ARM operation" << op->id << "of" << kindName(kind) << "hangs";
        return op;
    }
    std::weak_ptr<Operation> weak = op;
    QTimer::singleShot(qMax(0, delayMs), this, [this, weak] {
        if (auto o = weak.lock())
            finish(o);
    });
    return op;
}

void Core::finish(const std::shared_ptr<Operation> &op)
{
    if (op->done)
        return;
    op->done = true;
    op->endTime = QDateTime::currentDateTimeUtc();
    if (op->failed) {
        if (op->onFailure)
            op->onFailure();
    } else if (op->onSuccess) {
        op->onSuccess();
    }
    emit front->resourcesChanged();
}

QString Core::asyncOperationUrl(const Call &call, const Operation &op) const
{
    if (op.shape == Operation::Shape::GroupDelete)
        return locationUrl(call, op);
    const QString provider = op.shape == Operation::Shape::Compute
                                 ? QStringLiteral("Microsoft.Compute")
                                 : QStringLiteral("Microsoft.Network");
    return call.baseUrl + QStringLiteral("/subscriptions/%1/providers/%2/locations/%3/operations/"
                                         "%4?api-version=%5")
                              .arg(op.subscriptionId, provider, op.location, op.id, op.apiVersion);
}

QString Core::locationUrl(const Call &call, const Operation &op) const
{
    switch (op.shape) {
    case Operation::Shape::GroupDelete:
        return call.baseUrl + QStringLiteral("/subscriptions/%1/operationresults/%2?api-version=%3")
                                  .arg(op.subscriptionId, op.id, op.apiVersion);
    case Operation::Shape::Compute:
        return call.baseUrl + QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/"
                                             "locations/%2/operations/%3?monitor=true&"
                                             "api-version=%4")
                                  .arg(op.subscriptionId, op.location, op.id, op.apiVersion);
    case Operation::Shape::Network:
        return call.baseUrl + QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/"
                                             "locations/%2/operationResults/%3?api-version=%4")
                                  .arg(op.subscriptionId, op.location, op.id, op.apiVersion);
    }
    return {};
}

HttpResponse Core::operationRoute(const Call &call, const ArmSubscription &sub)
{
    if (call.request.method != "GET")
        return errorResponse(405, QStringLiteral("MethodNotAllowed"),
                             QStringLiteral("The requested method is not allowed."));
    const QString id = call.segments.constLast();
    const auto op = ops.value(id.toLower());
    if (!op || op->subscriptionId.compare(sub.id, Qt::CaseInsensitive) != 0)
        return errorResponse(404, QStringLiteral("NotFound"),
                             QStringLiteral("The operation '%1' could not be found.").arg(id));
    const bool isLocation =
        op->shape == Operation::Shape::GroupDelete ||
        call.segments.value(6).compare(QLatin1String("operationResults"), Qt::CaseInsensitive) ==
            0 ||
        call.request.query.queryItemValue(QStringLiteral("monitor")) == QLatin1String("true");

    auto withRetryAfter = [this](HttpResponse r) {
        if (options.pollRetryAfterSeconds > 0)
            r.setHeader("Retry-After", QByteArray::number(options.pollRetryAfterSeconds));
        return r;
    };
    if (isLocation) {
        if (!op->done) {
            HttpResponse r;
            r.status = 202;
            r.setHeader("Location", locationUrl(call, *op).toUtf8());
            r.setHeader("Cache-Control", "no-cache");
            return withRetryAfter(r);
        }
        if (op->failed)
            return errorResponse(op->error, op->shape == Operation::Shape::Network);
        HttpResponse r;
        r.status = op->shape == Operation::Shape::Network ? 204 : 200;
        r.setHeader("Cache-Control", "no-cache");
        return r;
    }

    const QString status = !op->done    ? QStringLiteral("InProgress")
                           : op->failed ? QStringLiteral("Failed")
                                        : QStringLiteral("Succeeded");
    QJsonObject body;
    if (op->shape == Operation::Shape::Compute) {
        body.insert(QStringLiteral("startTime"), isoTime(op->startTime));
        if (op->done)
            body.insert(QStringLiteral("endTime"), isoTime(op->endTime));
        body.insert(QStringLiteral("status"), status);
        if (op->done && op->failed)
            body.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), op->error.code},
                                    {QStringLiteral("message"), op->error.message}});
        body.insert(QStringLiteral("name"), op->id);
    } else {
        body.insert(QStringLiteral("status"), status);
        if (op->done && op->failed)
            body.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), op->error.code},
                                    {QStringLiteral("message"), op->error.message},
                                    {QStringLiteral("details"), QJsonArray()}});
    }
    HttpResponse r = jsonResponse(200, body);
    if (op->shape == Operation::Shape::Compute)
        r.setHeader("x-ms-ratelimit-remaining-resource",
                    "Microsoft.Compute/GetOperation3Min;14990,"
                    "Microsoft.Compute/GetOperation30Min;29950");
    return op->done ? r : withRetryAfter(r);
}

} // namespace dockervm::sim::arm
