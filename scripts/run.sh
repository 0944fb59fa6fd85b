#!/usr/bin/env bash
# Sets up (packages, build) and starts Docker VM Wizard in demo mode: an in-process Azure
# simulator and simulated Docker host on loopback, real TLS end to end, nothing leaves the machine.
# Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [[ -x build/app/docker-vm-wizard ]]; then
    echo "==> starting docker-vm-wizard --demo"
    exec build/app/docker-vm-wizard --demo "$@"
fi
echo "==> starting docker-vm demo (command-line walk-through against the built-in simulator)"
exec build/app/docker-vm demo "$@"
