#!/usr/bin/env bash
# Survey load benchmark (issue 5): 200 concurrent respondents against a local `rug serve` child
# process on loopback: 10 s of warm-up (printed, left out of the figures, still verified), then 60 s
# measured; then a check that every acknowledged submission is stored exactly once; then the same
# with the server killed (SIGKILL) halfway through the measured window and restarted.
#
#   benchmarks/survey-load.sh              # both runs, 200 clients, 60 s each
#   benchmarks/survey-load.sh --seconds 10 # shorter runs; any `rug bench survey` option passes through
#
# The benchmark gives the server a fresh data directory whose survey-web.properties raises the
# per-IP rate limit and drops the minimum fill time: all clients share 127.0.0.1, and the limits
# exist to stop people and bots, not a load test. Exit code 1 if anything was lost or duplicated.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f tools/target/rug.jar ] || [ -n "$(find survey/src tools/src site/src -newer tools/target/rug.jar -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package -pl tools -am
fi
echo "== steady load ==" >&2
java -jar tools/target/rug.jar bench survey "$@"
echo "== kill -9 halfway, restart, keep loading ==" >&2
java -jar tools/target/rug.jar bench survey --kill "$@"
