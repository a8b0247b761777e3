#!/usr/bin/env bash
# Scheduler simulator results for the book:
#   - reference-stack/scheduler-core/results/lublin_256.md: all batch policies on lublin_256,
#     default vs EASY on derived traces, GPU policies on openb and variants (`rug bench scheduler-sim`)
#   - book/chapters/images/scheduler/lublin_256-utilization.svg: EASY vs default over time
#   - one timed `rug simulate swf` per policy on the 10,000-job trace (target: <= 2 s each)
# Usage: benchmarks/scheduler-sim.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
data=reference-stack/scheduler-core/data
./rug --version >/dev/null # build the jar outside the timings
./rug bench scheduler-sim --trace "$data/lublin_256.swf" \
  --nodes "$data/openb_node_list_all_node.csv" --pods "$data/openb_pod_list_default.csv" \
  --out reference-stack/scheduler-core/results/lublin_256.md >/dev/null
echo "wrote reference-stack/scheduler-core/results/lublin_256.md"
./rug simulate swf --trace "$data/lublin_256.swf" --policy default --compare easy \
  --plot book/chapters/images/scheduler/lublin_256-utilization.svg >/dev/null
for p in fcfs easy conservative default; do
  ./rug simulate swf --trace "$data/lublin_256.swf" --policy "$p" | grep 'simulated in'
done
for p in first-fit best-fit default; do
  ./rug simulate gpu --nodes "$data/openb_node_list_all_node.csv" --pods "$data/openb_pod_list_default.csv" \
    --policy "$p" --json
done
