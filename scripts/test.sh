#!/usr/bin/env bash
# Sets up (packages, build) and runs the whole test suite with ctest, then the sanitizer and
# fuzzing half (scripts/sanitize.sh: the suite under ASan+UBSan, each fuzz target for a bounded
# time). Extra arguments go to ctest and run only that, e.g. scripts/test.sh -L unit
#   scripts/test.sh --sanitizers-only   only the sanitizer and fuzzing half
#   scripts/test.sh --no-sanitizers     only the normal suite
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=1
if [[ ${1:-} == --sanitizers-only ]]; then
    shift
    exec scripts/sanitize.sh "$@"
fi
if [[ ${1:-} == --no-sanitizers ]]; then
    sanitizers=0
    shift
fi
t0=$SECONDS
scripts/setup.sh --with-docker
echo "==> setup and build took $((SECONDS - t0)) s"
cd build
if [[ $# -gt 0 ]]; then
    echo "==> running: ctest $*"
    exec ctest --output-on-failure --timeout 900 "$@"
fi
# The benchmarks first, verbosely, so their figures are in the log; then everything else.
echo "==> benchmarks (they report figures and assert nothing about time)"
# The machine's load beside the figures (README's performance table quotes both).
echo "==> machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the benchmarks"
ctest --timeout 900 -L bench --verbose 2>&1 | grep -Ev '^[0-9]+: (Test command|Working Directory|Environment variables|Test timeout)|^[0-9]+:  [A-Z_]+='
echo "==> machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the benchmarks"
echo "==> running the test suite"
t1=$SECONDS
status=0
# Two at a time (2 cores); the tests that start real dockerds hold a resource lock, so they
# run one after another.
ctest -j2 --output-on-failure --timeout 900 -LE bench || status=$?
echo "==> test suite took $((SECONDS - t1)) s"
if ((sanitizers)); then
    cd ..
    scripts/sanitize.sh || status=1
fi
echo "==> CI took $((SECONDS - t0)) s in all"
exit $status
