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
