#!/usr/bin/env bash
# The sanitizer and fuzzing half of CI: configures build-asan/ with clang-14, ASan + UBSan
# (-fno-sanitize-recover=undefined) and the libFuzzer targets, builds everything, runs the whole
# suite but the benchmarks under the sanitizers, then each fuzz target for a bounded time and
# prints its figures (executions, coverage, corpus).
# Usage: scripts/sanitize.sh [--fuzz-seconds N] [--no-suite] [--no-fuzz] [--no-build]
# Packages: clang-14 libfuzzer-14-dev libclang-rt-14-dev (scripts/setup.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

fuzz_seconds=${DOCKERVM_FUZZ_SECONDS:-10}
run_suite=1
run_fuzz=1
run_build=1
while [[ $# -gt 0 ]]; do
    case $1 in
    --fuzz-seconds) fuzz_seconds=$2; shift 2 ;;
    --no-suite) run_suite=0; shift ;;
    --no-fuzz) run_fuzz=0; shift ;;
    --no-build) run_build=0; shift ;;
    *) echo "scripts/sanitize.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

build=build-asan
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
t0=$SECONDS
if ((run_build)); then
    echo "==> configuring $build/ (clang-14, ASan+UBSan, libFuzzer targets)"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOCKERVM_WERROR=ON \
        -DCMAKE_CXX_COMPILER=clang++-14 -DDOCKERVM_SANITIZE=address,undefined -DDOCKERVM_FUZZ=ON \
        -DDOCKERVM_HARDENING=OFF \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
        "${launcher[@]}" >/dev/null
    echo "==> building $build/"
    cmake --build "$build" --parallel "$(nproc)"
    echo "==> sanitizer build took $((SECONDS - t0)) s"
fi

# Findings abort the process, so the test that hit one fails with the report in its output.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:suppressions=$root/tests/sanitizers/asan.supp"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"

status=0
if ((run_suite)); then
    t0=$SECONDS
    # The real-dockerd tests (label dockerd: every test that includes real_dockerd.h) are left to
    # the release suite: their time goes to starting and stopping dockerd, and the code of ours
    # they run (probe, swarm client, provisioners) is run under ASan by integration/dockerprobe,
    # swarmclient and the provisioner tests against scripted and simulated daemons. This keeps CI
    # under 30 minutes.
    echo "==> the suite under ASan+UBSan (ctest -LE 'bench|package|dockerd': the package test checks the release build)"
    (cd "$build" && ctest -j2 --output-on-failure --timeout 900 -LE "bench|package|dockerd") || status=1
    echo "==> sanitizer suite took $((SECONDS - t0)) s"
fi

if ((run_fuzz)); then
    echo "==> fuzzing, ${fuzz_seconds} s per target"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    while IFS='|' read -r exe dict seeds; do
        [[ -n $exe ]] || continue
        name=$(basename "$exe")
        corpus=$work/$name
        mkdir -p "$corpus"
        # Inputs up to 16 KiB: the big recorded replies (300 KiB image lists) as seeds made the
        # XML target crawl at ~30 executions per second.
        args=(-max_total_time="$fuzz_seconds" -max_len=16384 -print_final_stats=1 -timeout=10
              -rss_limit_mb=2048 -artifact_prefix="$work/$name-" -close_fd_mask=1)
        [[ -n $dict && -f $dict ]] && args+=(-dict="$dict")
        IFS=',' read -r -a seed_dirs <<<"$seeds"
        echo "--> $name (seeds: ${seed_dirs[*]#"$root"/})"
        if "$exe" "${args[@]}" "$corpus" "${seed_dirs[@]}" >"$work/$name.log" 2>&1; then
            # The last status line carries cov (edges), ft (features), corp (inputs/size), exec/s.
            grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$work/$name.log" |
                tail -n 1 || true
            grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' \
                "$work/$name.log" || true
            echo "    corpus: $(find "$corpus" -type f | wc -l) new inputs"
        else
            status=1
            echo "!!! $name FAILED; its log:"
            tail -n 80 "$work/$name.log"
            for a in "$work/$name-"*; do
                [[ -f $a ]] || continue
                echo "!!! crashing input $(basename "$a") (base64):"
                base64 -w 0 "$a" | head -c 4096; echo
            done
        fi
    done <"$build/fuzzers.txt"
fi
exit $status
