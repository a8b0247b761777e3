#!/usr/bin/env bash
# How long `rug simulate swf` takes, per trace or per window of N consecutive jobs: the whole
# process (what a user waits for, JVM start included) and the simulation alone, with the issue's
# target of <= 2 s for a 10,000-job trace. Run it on an idle machine; figures are wall-clock.
#
#   benchmarks/scheduler-sim-time.sh [--policy P] [--windows N] TRACE.swf[:PROCS] ...
#
# PROCS is the machine size for traces whose header lacks MaxProcs/MaxNodes (e.g. RICC-2010-2:8192).
# The default policy is `default`. Archive traces: https://www.cs.huji.ac.il/labs/parallel/workload/
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
policy=default windows=0
while [ $# -gt 0 ]; do
  case "$1" in
    --policy) policy="$2"; shift 2 ;;
    --windows) windows="$2"; shift 2 ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then sed -n '2,10p' "$0" | cut -c3-; exit 2; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/rug" --version >/dev/null # build the jar outside the timings
. "$root/benchmarks/lib/swf-windows.sh"
swf_specs "$windows" "$work" "$@"
printf '%-34s %7s %9s %12s\n' trace jobs "process s" "simulated s"
for spec in "${specs[@]}"; do
  trace="${spec%%:*}" procs=()
  [ "$trace" != "$spec" ] && procs=(--procs "${spec#*:}")
  t0=$(date +%s%N)
  out=$("$root/rug" simulate swf --trace "$trace" ${procs[@]+"${procs[@]}"} --policy "$policy")
  t1=$(date +%s%N)
  jobs=$(sed -nE 's/.* ([0-9]+) jobs .*/\1/p' <<<"$out")
  sim=$(sed -nE 's/.*simulated in ([0-9]+) ms.*/\1/p' <<<"$out")
  printf '%-34s %7d %9.2f %12.2f\n' "$(basename "$trace" .swf)" "$jobs" \
    "$(awk -v n=$((t1 - t0)) 'BEGIN { print n / 1e9 }')" "$(awk -v n="$sim" 'BEGIN { print n / 1e3 }')"
done | tee "$work/times"
sort -k3,3n "$work/times" | awk '{ s[++n] = $3; if ($3 <= 2) ok++ }
  END { printf "%d of %d within 2 s (whole process); median %.2f s, max %.2f s\n",
        ok, n, s[int((n + 1) / 2)], s[n] }'
