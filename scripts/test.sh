#!/usr/bin/env bash
# Sets up (packages, build) and runs the whole test suite with ctest.
# Extra arguments go to ctest, e.g. scripts/test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-docker
cd build
if [[ $# -gt 0 ]]; then
    echo "==> running: ctest $*"
    exec ctest --output-on-failure --timeout 900 "$@"
fi
# The benchmarks first, verbosely, so their figures are in the log; then everything else.
echo "==> benchmarks (they report figures and assert nothing about time)"
ctest --timeout 900 -L bench --verbose 2>&1 | grep -Ev '^[0-9]+: (Test command|Working Directory|Environment variables|Test timeout)|^[0-9]+:  [A-Z_]+='
echo "==> running the test suite"
ctest --output-on-failure --timeout 900 -LE bench
