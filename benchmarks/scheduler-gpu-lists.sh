#!/usr/bin/env bash
# GPU placement on every openb pod list in a folder: unallocated GPU share of first-fit, best-fit
# and default at load 1.3, and default's ratio to the better baseline (target <= 0.87).
#
#   benchmarks/scheduler-gpu-lists.sh DIR [NODES.csv]
#
# DIR holds openb_pod_list_*.csv, e.g. data/csv of github.com/hkust-adsl/kubernetes-scheduler-simulator
# (Apache-2.0; default, gpushare20..100, multigpu20..50, gpuspec05..33, cpu037..300). NODES.csv
# defaults to the project's openb_node_list_all_node.csv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:?usage: $0 DIR [NODES.csv]}"
nodes="${2:-$root/reference-stack/scheduler-core/data/openb_node_list_all_node.csv}"
"$root/rug" --version >/dev/null # build the jar first
unallocated() {
  java -jar "$root/tools/target/rug.jar" simulate gpu --nodes "$nodes" --pods "$1" --policy "$2" --json |
    sed -E 's/.*"gpuAllocationRatio": *([0-9.eE-]+).*/\1/' | awk '{ printf "%.4f", 1 - $1 }'
}
printf '%-28s %9s %9s %9s %7s\n' "pod list" first-fit best-fit default ratio
for pods in "$dir"/openb_pod_list_*.csv; do
  ff=$(unallocated "$pods" first-fit)
  bf=$(unallocated "$pods" best-fit)
  df=$(unallocated "$pods" default)
  awk -v n="$(basename "$pods" .csv)" -v f="$ff" -v b="$bf" -v d="$df" 'BEGIN {
    best = f < b ? f : b; r = best > 0 ? d / best : 0
    printf "%-28s %9.4f %9.4f %9.4f %7.3f %s\n", substr(n, 16), f, b, d, r, r <= 0.87 ? "" : "MISS" }'
done
