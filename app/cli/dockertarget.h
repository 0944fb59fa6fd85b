#pragma once

// The Docker endpoint options the commands that talk to one host's Docker share (check, env,
// context create, swarm status): HOST, --docker-port, --cert-dir/-C and the hidden
// --connect-to ADDR:PORT for demo and loopback tests.
#include "common/hostoverrides.h"

#include <QCommandLineOption>
#include <QString>

namespace dockervm::cli {

class Invocation;

constexpr quint16 kDefaultDockerPort = 4243;

struct DockerTarget
{
    QString host;
    quint16 port = kDefaultDockerPort;
    QString certDir;
};

// Adds --docker-port and --cert-dir (-C).
void addConnectionOptions(Invocation &inv);

// Reads HOST, --docker-port and --cert-dir; fails the invocation (exit 2) and returns false on
// bad input.
bool readTarget(Invocation &inv, const QString &host, DockerTarget *t);

// The hidden --connect-to ADDR:PORT (demo/tests only): connect there instead of resolving HOST,
// still verifying the certificate for HOST. The caller adds it to the parser.
QCommandLineOption connectToOption();

// Fills *overrides from --connect-to when it is set (none otherwise: the system resolves HOST).
// Fails the invocation (exit 2) and returns false on a bad ADDR:PORT.
bool readConnectTo(Invocation &inv, const QCommandLineOption &option, const DockerTarget &t,
                   HostOverrides *overrides);

} // namespace dockervm::cli
