// libFuzzer target: the Docker probe's incremental HTTP/1.1 reply parser. The first byte picks
// how the rest is cut into reads (a TLS socket delivers any split), then the peer "closes".
#include "fuzz_common.h"

#include "docker/httpreply.h"

DOCKERVM_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using dockervm::docker::HttpReplyParser;
    if (size == 0)
        return 0;
    const size_t step = size_t(data[0] % 16) + 1;
    const QByteArray input = dockervm::fuzz::bytes(data + 1, size - 1);
    HttpReplyParser parser;
    HttpReplyParser::State state = HttpReplyParser::State::Incomplete;
    for (qsizetype at = 0; at < input.size() && state == HttpReplyParser::State::Incomplete;
         at += qsizetype(step))
        state = parser.feed(input.mid(at, qsizetype(step)));
    if (state == HttpReplyParser::State::Incomplete)
        state = parser.finishAtEof();
    if (state == HttpReplyParser::State::Complete) {
        (void)parser.header("Content-Type");
        (void)parser.connectionClose();
        if (parser.status() < 100 || parser.status() > 999)
            __builtin_trap();
    }

    // The same bytes in one read must give the same verdict (below the 64 KiB header limit, where
    // a split can legitimately fail earlier than one read).
    if (input.size() > 60000)
        return 0;
    HttpReplyParser whole;
    HttpReplyParser::State once = whole.feed(input);
    if (once == HttpReplyParser::State::Incomplete)
        once = whole.finishAtEof();
    if (once != state || (state == HttpReplyParser::State::Complete &&
                          (whole.body() != parser.body() || whole.status() != parser.status())))
        __builtin_trap();
    return 0;
}
