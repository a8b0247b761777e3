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
. "$root/benchmarks/lib/swf-compare.sh"
compare_swf $(ls "$work"/*.swf | sort -V)
