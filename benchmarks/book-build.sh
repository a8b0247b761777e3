#!/usr/bin/env bash
# Book build benchmark: generates a corpus of >= 100 chapters / >= 1.3 MB of Markdown with code
# blocks, then prints the median of several runs for
#   - a cold full build (a fresh `./rug build` process, no render cache), with and without the
#     launcher's JVM tuning (AppCDS archive, C1-only JIT, serial GC),
#   - a fresh `./rug build` after editing one chapter, with the on-disk render cache,
#   - a warm full rebuild and a one-chapter re-render inside one JVM (`rug bench book`),
#   - Hugo building the same chapters (skipped when `hugo` is not installed), and the ratios.
# Usage: benchmarks/book-build.sh [chapters] [runs]      (defaults: 112 chapters, 5 runs)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chapters="${1:-112}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

./rug --version >/dev/null # builds the jar and the CDS archive first, outside the timings
./rug bench book --generate "$work/corpus" --chapters "$chapters"
book="$work/corpus/book"

ms() { # runs a command quietly, prints its wall time in ms
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
repeat() { # median wall time of `runs` runs of a command
  local i
  for ((i = 0; i < runs; i++)); do ms "$@"; done | median
}
edit_and_build() { # one chapter changed since the last build; the cache has the other chapters
  echo "Edited at $(date +%s%N)." >>"$book/chapters/chapter-000.md"
  ./rug build --book "$book" --out "$work/out" --cache-dir "$work/cache"
}
repeat_edit() {
  local i
  for ((i = 0; i < runs; i++)); do ms edit_and_build; done | median
}

echo "timing $runs runs each (medians)..." >&2
ms ./rug build --book "$book" --out "$work/out" --no-cache >/dev/null # warm the page cache
cold=$(repeat ./rug build --book "$book" --out "$work/out" --no-cache)
plain=$(RUG_NO_TUNING=1 repeat ./rug build --book "$book" --out "$work/out" --no-cache)
./rug build --book "$book" --out "$work/out" --cache-dir "$work/cache" >/dev/null 2>&1
onechapter=$(repeat_edit)
inproc=$(./rug bench book --book "$book" --runs 10 --json)
warm=$(echo "$inproc" | sed -E 's/.*"warmRebuildMedianMs": ([0-9.]+).*/\1/')
page=$(echo "$inproc" | sed -E 's/.*"onePageMedianMs": ([0-9.]+).*/\1/')
hugo_ms=""
if command -v hugo >/dev/null 2>&1; then
  ms hugo --quiet -s "$work/corpus/hugo" -d "$work/hugo-out" >/dev/null
  hugo_ms=$(repeat hugo --quiet -s "$work/corpus/hugo" -d "$work/hugo-out")
fi

ratio() { [ -n "$hugo_ms" ] && awk -v a="$1" -v b="$hugo_ms" 'BEGIN { printf "%.2f x Hugo", a / b }' || echo "no Hugo"; }
size=$(du -cb "$book"/chapters/*.md | tail -1 | cut -f1)
echo
echo "corpus: $chapters chapters, $(awk -v s="$size" 'BEGIN { printf "%.2f", s / 1e6 }') MB of Markdown; $(nproc) CPUs; $(java -version 2>&1 | head -1)"
printf '%-52s %8s ms   %s\n' "cold full build (fresh ./rug build, no cache)" "$cold" "$(ratio "$cold")  [target <= 1.0]"
printf '%-52s %8s ms   %s\n' "  same without launcher tuning (plain java -jar)" "$plain" "$(ratio "$plain")"
printf '%-52s %8s ms   %s\n' "one chapter edited, fresh ./rug build with cache" "$onechapter" "$(ratio "$onechapter")  [target <= 0.3]"
printf '%-52s %8s ms   %s\n' "warm full rebuild in one JVM (no cache)" "$warm" "[target <= 300 ms]"
printf '%-52s %8s ms   %s\n' "one chapter re-rendered (serve --watch path)" "$page" "[target <= 50 ms]"
[ -n "$hugo_ms" ] && printf '%-52s %8s ms\n' "hugo $(hugo version 2>/dev/null | awk '{ print $2 }') full build of the same chapters" "$hugo_ms"
exit 0
