#!/usr/bin/env bash
# default against EASY on synthetic traces with user habits (benchmarks/lib/swf_users.py):
# mean bounded slowdown and max wait ratios, and whether the issue's targets hold
# (BSLD <= 0.8 x EASY's where EASY's >= 10, else no worse; max wait <= 1.5 x EASY's).
#
#   benchmarks/scheduler-sim-users.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/rug" --version >/dev/null # build the jar first
python3 "$root/benchmarks/lib/swf_users.py" "$work"
sim() { java -jar "$root/tools/target/rug.jar" simulate swf --trace "$1" --policy "$2" --json; }
field() { sed -E "s/.*\"$1\": *([0-9.eE+-]+).*/\1/"; }
printf '%-24s %10s %10s %6s %8s  %s\n' trace "EASY BSLD" "def. BSLD" ratio "max wait" targets
met=0 total=0
for t in $(ls "$work"/*.swf | sort -V); do
  e=$(sim "$t" easy) d=$(sim "$t" default)
  line=$(awk -v eb="$(field meanBoundedSlowdown <<<"$e")" -v db="$(field meanBoundedSlowdown <<<"$d")" \
    -v ew="$(field maxWaitSeconds <<<"$e")" -v dw="$(field maxWaitSeconds <<<"$d")" -v n="$(basename "$t" .swf)" 'BEGIN {
      r = db / eb; w = dw / (ew > 0 ? ew : 1)
      ok = (eb >= 10 ? r <= 0.8 : db <= eb) && w <= 1.5
      printf "%-24s %10.2f %10.2f %6.2f %8.2f  %s\n", n, eb, db, r, w, ok ? "met" : "missed" }')
  echo "$line"
  total=$((total + 1))
  [[ "$line" == *" met" ]] && met=$((met + 1))
done
echo "targets met on $met of $total traces"
