#!/usr/bin/env bash
# Scheduler core throughput and latency (default policy, synthetic cluster; see
# `rug bench scheduler --help` for the node and pod mix):
#   - 5,000 nodes, 10,000 pods in cycles of 1,000: podsPerSecond (target >= 2,000) and cycle percentiles
#   - a cycle holding twenty 500-pod gangs: cycleMillisP99 (target <= 200 ms)
#   - 50,000 nodes and 100,000 pending pods (200 gangs of 500) in a 2 GB heap
# Usage: benchmarks/scheduler-throughput.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./rug --version >/dev/null
./rug bench scheduler --nodes 5000 --pods 10000 --json
./rug bench scheduler --nodes 5000 --pods 10000 --gangs 20 --gang-size 500 --json
java -Xmx2g -jar tools/target/rug.jar bench scheduler --nodes 50000 --pods 0 --gangs 200 --gang-size 500 --repeats 3 --json
