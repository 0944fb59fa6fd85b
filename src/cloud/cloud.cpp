#include "cloud/cloud.h"

namespace dockervm::cloud {

QString Cloud::createDescription(const VmSpec &) const
{
    return QString();
}

QString Cloud::costNote(const VmSpec &) const
{
    return QString();
}

} // namespace dockervm::cloud

namespace dockervm::cloud {

ProvisioningRun *Cloud::addSwarmNodes(const VmSpec &spec, int, const RunOptions &, QObject *parent)
{
    return new FailedRun(tr("Adding hosts to the swarm %1 is not supported on this cloud (%2).")
                             .arg(spec.dnsName, kindLabel(kind())),
                         QStringLiteral("validate"), parent);
}

} // namespace dockervm::cloud
