#pragma once

#include "sim/httpserver.h"

#include <QString>

namespace dockervm::testing {

// Text a hostile daemon puts in ServerVersion, Name and its error bodies: an ANSI "clear
// screen", an OSC title change, a carriage return that would overwrite the line with a forged
// check mark, a bidi override and markup.
QString hostileText(const QString &prefix);

// A handler for sim::DockerHost's server (host->httpServer()->setHandler(...)) that answers like
// Docker 20.10 but with hostile strings: /_ping's Server header, /version's Version, /info's
// Name and OperatingSystem. With failInfo, /info answers 500 with a hostile error body instead.
sim::HttpServer::Handler hostileDockerHandler(bool failInfo = false);

} // namespace dockervm::testing
