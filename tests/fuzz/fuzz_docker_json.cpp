// libFuzzer target: what a Docker daemon answers as JSON (/version, /info) and its error bodies
// (the API version mismatch texts), and what we derive from them.
#include "fuzz_common.h"

#include "docker/dockerinfo.h"

DOCKERVM_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dockervm::docker;
    const QByteArray body = dockervm::fuzz::bytes(data, size);
    ServerFacts facts;
    QString error;
    const bool version = parseVersionJson(body, &facts, &error);
    const bool info = parseInfoJson(body, &facts, &error);
    if ((!version || !info) && error.isEmpty())
        __builtin_trap();
    (void)facts.toJson();
    (void)formatBytes(facts.memTotal);
    (void)parseApiVersion(facts.apiVersion);
    (void)compareApiVersions(facts.apiVersion, facts.minApiVersion);
    (void)negotiateApiVersion(QStringLiteral("1.41"), facts.apiVersion, facts.minApiVersion);
    const QString theirs = serverVersionFromMismatch(body);
    (void)compareApiVersions(theirs, QStringLiteral("1.41"));
    return 0;
}
