#include "common/pollschedule.h"

#include <algorithm>

namespace dockervm {

int pollDelayMs(qint64 waitedMs, int capMs)
{
    const qint64 cap = std::max(1, capMs);
    if (waitedMs < kPollFastForMs)
        return int(std::min<qint64>(kPollFastMs, cap));
    const qint64 doublings =
        std::min<qint64>((waitedMs - kPollFastForMs) / kPollDoublingMs + 1, 20);
    return int(std::min<qint64>(qint64(kPollFastMs) << doublings, cap));
}

} // namespace dockervm
