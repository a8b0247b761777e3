#!/usr/bin/env bash
# default against EASY on real traces from the Parallel Workloads Archive
# (https://www.cs.huji.ac.il/labs/parallel/workload/logs.html; not in this repository: download the
# .swf.gz files you want and gunzip them): mean bounded slowdown and max wait ratios and whether the
# issue's targets hold, per trace or per window of N consecutive jobs.
#
#   benchmarks/scheduler-sim-archive.sh [--windows N] TRACE.swf[:PROCS] ...
#
# PROCS is the machine size for traces whose header lacks MaxProcs/MaxNodes (e.g. RICC-2010-2:8192).
# With --windows N each trace is cut into windows of N jobs (header kept, the last partial one
# dropped) and each window is simulated on its own, as RL scheduling papers do with these traces.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
windows=0
if [ "${1:-}" = --windows ]; then windows="$2"; shift 2; fi
if [ $# -eq 0 ]; then sed -n '2,11p' "$0" | cut -c3-; exit 2; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/rug" --version >/dev/null # build the jar first
. "$root/benchmarks/lib/swf-windows.sh"
swf_specs "$windows" "$work" "$@"
. "$root/benchmarks/lib/swf-compare.sh"
compare_swf "${specs[@]}"
