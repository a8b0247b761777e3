#!/usr/bin/env bash
# Live-scheduler benchmark: the scheduler-kube adapter (informers -> scheduler-core -> binding ->
# status) against fabric8's mock API server in CRUD mode, as the *IT tests use it. Creates
# [nodes] nodes and [pods] pods (half in Volcano gangs of 8, two queues), then prints the time
# until every pod is bound, pods/s, cycle time and binding latency (from the Prometheus metrics).
# The mock answers far slower per request than a real API server: a regression baseline only.
# Usage: benchmarks/scheduler-kube.sh [nodes] [pods]      (defaults: 200 nodes, 2000 pods)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -pl reference-stack/scheduler-kube -am test-compile dependency:build-classpath \
  -Dspotless.check.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
kube=reference-stack/scheduler-kube
java -cp "$kube/target/test-classes:$kube/target/classes:$(cat "$kube/target/bench-classpath.txt")" \
  io.rug.kube.bench.MockClusterBench "${1:-200}" "${2:-2000}"
