#pragma once

#include <QtGlobal>

namespace dockervm {

// When to ask again about something expected to change soon: an Azure operation or deployment
// (classic provisioner), a Docker daemon coming up (`check --wait`, the connection panel).
//
// Fast for the first minute: one request every kPollFastMs (250 ms), so a change is noticed
// within 250 ms (plus the round trip) of happening; at most 4 requests a second, 240 in that
// minute, for each thing waited on. Then the delay doubles every 10 s of waiting (500 ms at
// 70 s, 1 s at 80 s, ...) up to `capMs` (the provisioner's pollIntervalMs, 5 s by default; 3 s for
// the Docker probe). A cap under 250 ms (tests) is used from the start.
inline constexpr int kPollFastMs = 250;
inline constexpr qint64 kPollFastForMs = 60000;
inline constexpr qint64 kPollDoublingMs = 10000;

// The delay before the next request, `waitedMs` after the wait began.
int pollDelayMs(qint64 waitedMs, int capMs);

} // namespace dockervm
