#!/usr/bin/env bash
# Sets up (packages, build) and starts Docker VM Wizard in demo mode: an in-process Azure
# simulator and simulated Docker host on loopback, real TLS end to end, nothing leaves the machine.
# Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "==> no display found: run it as 'xvfb-run -a scripts/run.sh' on a headless machine" >&2
fi
echo "==> starting docker-vm-wizard --demo"
exec build/app/docker-vm-wizard --demo "$@"
