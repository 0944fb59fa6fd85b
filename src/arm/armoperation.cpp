#include "arm/armoperation.h"

#include "arm/armclient.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace dockervm::arm {
namespace {

bool statusIs(const QString &status, const char *name)
{
    return status.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

} // namespace

ArmOperation::ArmOperation(ArmClient *client, const ArmReply *initial, Options options,
                           QObject *parent)
    : QObject(parent), m_client(client), m_options(std::move(options))
{
    m_options.pollStartMs = std::max(0, m_options.pollStartMs);
    m_options.maxPollMs = std::max(m_options.pollStartMs, m_options.maxPollMs);
    m_options.timeoutMs = std::max(1, m_options.timeoutMs);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &ArmOperation::poll);
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &ArmOperation::onTimeout);
    m_elapsed.start();

    if (!initial || !initial->isFinished() || !initial->ok()) {
        const ArmError e = initial && initial->isFinished()
                               ? initial->error()
                               : ArmError::invalidReply(QUrl(), tr("no finished reply to track"));
        QTimer::singleShot(0, this, [this, e] { finishWith(State::Error, e); });
        return;
    }
    m_resource = initial->json();
    const QUrl async = initial->asyncOperationUrl();
    const QUrl location = initial->locationUrl();
    if (!async.isEmpty()) {
        m_pollUrl = async;
        m_async = true;
    } else if (!location.isEmpty() && initial->httpStatus() == 202) {
        m_pollUrl = location;
    }
    m_status = m_resource.value(QLatin1String("properties"))
                   .toObject()
                   .value(QLatin1String("provisioningState"))
                   .toString();
    if (m_pollUrl.isEmpty()) {
        // Synchronous (e.g. resource group PUT 201, or 200 without an operation header).
        QTimer::singleShot(0, this, [this] { succeed(); });
        return;
    }
    m_timeout->start(m_options.timeoutMs);
    schedulePoll(initial->retryAfterSeconds());
}

ArmOperation::~ArmOperation()
{
    if (m_current) {
        ArmReply *r = m_current;
        m_current = nullptr;
        disconnect(r, nullptr, this, nullptr);
        r->abort();
    }
}

int ArmOperation::backoffMs(const Options &options, int polls)
{
    const double grown = double(options.pollStartMs) * std::pow(1.5, std::clamp(polls, 0, 40));
    return int(std::min<double>(grown, options.maxPollMs));
}

bool ArmOperation::isTerminalStatus(const QString &status)
{
    return statusIs(status, "Succeeded") || statusIs(status, "Failed") ||
           statusIs(status, "Canceled") || statusIs(status, "Cancelled");
}

void ArmOperation::cancel()
{
    if (isFinished())
        return;
    finishWith(State::Error, ArmError::cancelled());
}

void ArmOperation::schedulePoll(int retryAfterSeconds)
{
    int delay = backoffMs(m_options, m_polls);
    if (retryAfterSeconds >= 0)
        delay = int(std::min<qint64>(qint64(retryAfterSeconds) * 1000, m_options.maxPollMs));
    m_pollTimer->start(delay);
}

void ArmOperation::poll()
{
    if (isFinished())
        return;
    if (!m_client) {
        finishWith(State::Error, ArmError::clientClosed());
        return;
    }
    ++m_polls;
    m_current = m_client->getUrl(m_pollUrl);
    connect(m_current, &ArmReply::finished, this, &ArmOperation::onPollFinished);
}

void ArmOperation::onPollFinished()
{
    ArmReply *reply = m_current;
    if (!reply || isFinished())
        return;
    m_current = nullptr;
    reply->deleteLater();
    if (!reply->ok()) {
        finishWith(State::Error, reply->error());
        return;
    }
    const QJsonObject body = reply->json();
    QString status;
    if (m_async) {
        status = body.value(QLatin1String("status")).toString();
        if (status.isEmpty()) {
            finishWith(State::Error,
                       ArmError::invalidReply(reply->url(),
                                              tr("the operation status has no \"status\" field")));
            return;
        }
    } else {
        // Location polling: 202 = still running, 200/201/204 = done.
        status =
            reply->httpStatus() == 202 ? QStringLiteral("InProgress") : QStringLiteral("Succeeded");
        if (reply->httpStatus() != 202 && !body.isEmpty())
            m_resource = body;
    }
    if (status != m_status) {
        m_status = status;
        emit statusChanged(m_status);
        if (isFinished())
            return; // cancelled by a receiver
    }
    if (statusIs(status, "Succeeded")) {
        succeed();
    } else if (statusIs(status, "Failed")) {
        ArmError e = ArmError::fromOperationBody(body, reply->requestId());
        e.url = m_pollUrl.adjusted(QUrl::RemoveQuery);
        finishWith(State::Failed, e);
    } else if (statusIs(status, "Canceled") || statusIs(status, "Cancelled")) {
        ArmError e = ArmError::fromOperationBody(body, reply->requestId());
        e.url = m_pollUrl.adjusted(QUrl::RemoveQuery);
        finishWith(State::Canceled, e);
    } else {
        schedulePoll(reply->retryAfterSeconds());
    }
}

void ArmOperation::succeed()
{
    if (isFinished())
        return;
    if (m_options.finalResourcePath.isEmpty()) {
        finishWith(State::Succeeded, ArmError());
        return;
    }
    if (!m_client) {
        finishWith(State::Error, ArmError::clientClosed());
        return;
    }
    m_current = m_client->get(m_options.finalResourcePath, m_options.finalApiVersion);
    connect(m_current, &ArmReply::finished, this, &ArmOperation::onFinalGet);
}

void ArmOperation::onFinalGet()
{
    ArmReply *reply = m_current;
    if (!reply || isFinished())
        return;
    m_current = nullptr;
    reply->deleteLater();
    if (!reply->ok()) {
        finishWith(State::Error, reply->error());
        return;
    }
    m_resource = reply->json();
    finishWith(State::Succeeded, ArmError());
}

void ArmOperation::onTimeout()
{
    if (isFinished())
        return;
    ArmError e = ArmError::timeout(m_pollUrl, m_options.timeoutMs, false);
    const int minutes = std::max(1, (m_options.timeoutMs + 59999) / 60000);
    e.message = tr("The Azure operation did not finish within %n minute(s) (last status: %1); it "
                   "may still be running in Azure.",
                   nullptr, minutes)
                    .arg(m_status.isEmpty() ? tr("none") : m_status);
    finishWith(State::Error, e);
}

void ArmOperation::finishWith(State state, const ArmError &error)
{
    if (isFinished())
        return;
    m_state = state;
    m_error = error;
    m_pollTimer->stop();
    m_timeout->stop();
    if (m_current) {
        ArmReply *r = m_current;
        m_current = nullptr;
        disconnect(r, nullptr, this, nullptr);
        r->abort();
        r->deleteLater();
    }
    if (state == State::Succeeded &&
        m_status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0) {
        m_status = QStringLiteral("Succeeded");
        emit statusChanged(m_status);
    }
    qCDebug(lcArm).noquote() << "operation" << m_pollUrl.path() << "finished:" << m_status
                             << "after" << m_polls << "poll(s)" << error.summary();
    emit finished();
}

} // namespace dockervm::arm
