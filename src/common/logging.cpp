#include "common/logging.h"

Q_LOGGING_CATEGORY(lcAzure, "dockervm.azure", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCerts, "dockervm.certs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocker, "dockervm.docker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvision, "dockervm.provision", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "dockervm.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "dockervm.sim", QtInfoMsg)
