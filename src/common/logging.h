#pragma once

#include <QLoggingCategory>

// The project's logging categories (DESIGN.md, "Names"). Secrets never go to any of them.
Q_DECLARE_LOGGING_CATEGORY(lcAzure)
Q_DECLARE_LOGGING_CATEGORY(lcCerts)
Q_DECLARE_LOGGING_CATEGORY(lcDocker)
Q_DECLARE_LOGGING_CATEGORY(lcProvision)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
