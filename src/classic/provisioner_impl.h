#pragma once

// What provisioner.cpp and provisioner_nodes.cpp share: the typed request helper and
// Provisioner::call(). Include only there.
#include "classic/managementclient.h"
#include "classic/provisioner.h"
#include "common/logging.h"

namespace dockervm::classic::provisioner_detail {

using Api = classic::ManagementClient;

// A request for Provisioner::call(): `fn(args...)` on the client, sent only if it still exists.
template <typename R, typename... Params, typename... Args>
auto request(R *(Api::*fn)(Params...), Args... args)
{
    return [fn, args...](Api &client) {
        return (client.*fn)(args...);
    };
}

} // namespace dockervm::classic::provisioner_detail

namespace dockervm::classic {

template <typename Send, typename Handler> void Provisioner::call(Send send, Handler handler)
{
    if (!m_client)
        return clientGone();
    auto *reply = send(*m_client);
    m_reply = reply;
    connect(reply, &classic::ManagementReply::retrying, this,
            [this](int attempt, const classic::AsmError &error, int delayMs) {
                // What is retried, why and when, in words; the server's code, message and
                // request id only in the debug log (a user cannot act on them).
                qCDebug(lcProvision).noquote()
                    << "attempt" << attempt << "failed:" << error.summary() << error.requestId;
                const QString what =
                    m_rollingBack && !m_rollbackQueue.isEmpty()
                        ? tr("Removing %1").arg(Journal::describe(m_rollbackQueue.first()))
                        : stepLabel(m_current);
                say(cloud::retryText(what, error.explanation, attempt, delayMs));
            });
    connect(reply, &classic::ManagementReply::finished, this, [this, reply, handler] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        if ((m_cancelRequested || m_failed) && !m_rollingBack)
            return; // cancel() or a failure beside this step has taken over
        // Not our cancel (that sets m_cancelRequested first): the client was destroyed under
        // the request.
        if (reply->error().kind == classic::AsmError::Kind::Cancelled)
            return clientGone();
        handler(reply);
    });
}

} // namespace dockervm::classic
