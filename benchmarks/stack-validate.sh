#!/usr/bin/env bash
# Benchmark for `rug stack validate` (target: 1,000 documents in <= 1 s).
# Builds a corpus of >= 1,000 YAML documents by copying the reference stack's manifests
# (reference-stack/manifests) into a temporary folder, then:
#   1. times whole `rug stack validate` processes (JVM start included) with hyperfine if installed,
#      otherwise with bash's `time`, and
#   2. validates the corpus RUNS times in one process (--repeat) and prints each run's time
#      (reading + parsing + schema and policy checks; the first run includes class loading/JIT).
# Usage: benchmarks/stack-validate.sh [DOCS (default 1000)] [RUNS (default 10)]
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-1000}
runs=${2:-10}
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
copy=0
while [ "$(cat "$corpus"/*.yaml 2>/dev/null | grep -c '^kind:' || true)" -lt "$docs" ]; do
  copy=$((copy + 1))
  find reference-stack/manifests -name '*.yaml' | while read -r f; do
    cp "$f" "$corpus/c${copy}_$(echo "$f" | tr / _)"
  done
done
count=$(cat "$corpus"/*.yaml | grep -c '^kind:')
echo "corpus: $count documents in $(ls "$corpus" | wc -l) files ($copy copies of reference-stack/manifests)"
./rug --version >/dev/null # builds the jar if needed, outside the timings
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 5 "./rug stack validate $corpus"
else
  for i in 1 2 3; do
    /usr/bin/env time -f "whole process: %e s wall, %U s user" ./rug stack validate "$corpus" 2>&1 | tail -2
  done
fi
echo "in-process, $runs runs:"
./rug stack validate --repeat "$runs" "$corpus"
