#include "common/logging.h"

Q_LOGGING_CATEGORY(lcAzure, "dockervm.azure", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCerts, "dockervm.certs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDocker, "dockervm.docker", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProvision, "dockervm.provision", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "dockervm.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSim, "dockervm.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "dockervm.secrets", QtWarningMsg)
