#!/usr/bin/env bash
# Sets up (packages, build) and runs the whole test suite with ctest.
# Extra arguments go to ctest, e.g. scripts/test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-docker
echo "==> running the test suite"
cd build
ctest --output-on-failure --timeout 900 "$@"
