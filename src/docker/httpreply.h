#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace dockervm::docker {

// One HTTP/1.1 response read incrementally from a socket: status line, headers, then a body
// delimited by Content-Length, chunked transfer coding, or the end of the connection.
class HttpReplyParser
{
public:
    enum class State { Incomplete, Complete, Error };

    // Appends bytes; returns the state after consuming them. Bytes after a complete response stay
    // in leftover() (a keep-alive peer never sends them unasked, but we do not lose them).
    State feed(const QByteArray &bytes);
    // The peer closed the connection: a body without length ends here.
    State finishAtEof();
    void reset();

    State state() const { return m_state; }
    bool headersComplete() const { return m_headersDone; }
    bool receivedAnything() const { return m_receivedAnything; }
    int status() const { return m_status; }
    QByteArray reason() const { return m_reason; }
    QByteArray httpVersion() const { return m_version; }
    QByteArray header(const QByteArray &name) const; // case-insensitive
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray body() const { return m_body; }
    QByteArray errorText() const { return m_error; }
    bool connectionClose() const;
    QByteArray leftover() const { return m_buffer; }

private:
    State parseHeaders();
    State parseBody();
    State fail(const QByteArray &why);

    enum class BodyMode { Length, Chunked, UntilClose, None };
    QByteArray m_buffer;
    QByteArray m_body;
    QByteArray m_version;
    QByteArray m_reason;
    QByteArray m_error;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    State m_state = State::Incomplete;
    BodyMode m_mode = BodyMode::None;
    qint64 m_remaining = 0; // Length: bytes left; Chunked: bytes left in the current chunk
    bool m_inChunkData = false;
    bool m_inTrailers = false;
    bool m_headersDone = false;
    bool m_receivedAnything = false;
    int m_status = 0;
};

} // namespace dockervm::docker
