#pragma once

#include "arm/armerror.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTimer;

namespace dockervm::arm {

class ArmClient;
class ArmReply;

// A long-running ARM operation (arm.md §4), started from the finished reply of a PUT, DELETE or
// POST. Polls Azure-AsyncOperation when present (its body's "status": Succeeded/Failed/Canceled
// are terminal, compared case-insensitively; InProgress/Running/Accepted/Updating and anything
// else are not), else Location (202 = running, 200/204 = done). With neither header the
// operation is already complete (e.g. a resource group PUT's 201) and finishes on the next turn.
//
// Delay before each poll: Retry-After of the previous reply when present (capped at
// maxPollMs), else pollStartMs, growing by half each poll up to maxPollMs (defaults: 5 s,
// 7.5 s, 11 s, 17 s, 25 s, 30 s, 30 s, ...). A poll that fails transiently is retried by
// ArmClient itself; a poll that finally fails ends the operation with that error.
//
// After Succeeded, optionally GETs finalResourcePath for the resource's final body (the 201
// body's provisioningState is not to be trusted). Finishes exactly once: Succeeded, Failed
// (ArmError kind OperationFailed, its error parsed), Canceled, timeout, cancel() or an error.
class ArmOperation : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 30 * 60 * 1000; // the whole operation
        int pollStartMs = 5000;
        int maxPollMs = 30000;
        // When set, GET <path>?api-version=<finalApiVersion> after Succeeded: resource().
        QString finalResourcePath;
        QString finalApiVersion;
    };

    enum class State { Running, Succeeded, Failed, Canceled, Error };

    // `initial` must be finished and ok(); the operation reads its status, headers and body now
    // (it may be deleted afterwards). Polls start after the first delay.
    ArmOperation(ArmClient *client, const ArmReply *initial, Options options,
                 QObject *parent = nullptr);
    ~ArmOperation() override;

    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Running; }
    bool ok() const { return m_state == State::Succeeded; }
    const ArmError &error() const { return m_error; }
    // The last status string seen ("InProgress", "Succeeded", ...; "Accepted" while Location
    // polling answers 202).
    QString status() const { return m_status; }
    // Final resource body: the final GET's, else the last poll body with content, else the
    // initial reply's.
    QJsonObject resource() const { return m_resource; }
    int polls() const { return m_polls; }
    QUrl pollUrl() const { return m_pollUrl; }
    bool usesAsyncOperationHeader() const { return m_async; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

    // The next poll delay after `polls` polls without Retry-After (see class comment).
    static int backoffMs(const Options &options, int polls);
    static bool isTerminalStatus(const QString &status);

    // Stops polling; finishes with Cancelled. Does not cancel the operation in Azure.
    void cancel();

signals:
    void statusChanged(const QString &status);
    void finished();

private:
    void schedulePoll(int retryAfterSeconds);
    void poll();
    void onPollFinished();
    void onFinalGet();
    void onTimeout();
    void succeed();
    void finishWith(State state, const ArmError &error);

    QPointer<ArmClient> m_client;
    Options m_options;
    QUrl m_pollUrl;
    bool m_async = false;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_timeout = nullptr;
    QPointer<ArmReply> m_current;
    State m_state = State::Running;
    ArmError m_error;
    QString m_status;
    QJsonObject m_resource;
    QElapsedTimer m_elapsed;
    int m_polls = 0;
};

} // namespace dockervm::arm
