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

ms() { # runs a command quietly, prints "wall_ms cpu_ms" (cpu = user + sys of the process tree)
  local t
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
  awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d %d\n", a[1] * 1000, (a[2] + a[3]) * 1000 }'
}
median() { # medians of both columns: "wall cpu"
  local data mid
  data=$(cat)
  mid='{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
  echo "$(cut -d' ' -f1 <<<"$data" | sort -n | awk "$mid") $(cut -d' ' -f2 <<<"$data" | sort -n | awk "$mid")"
}
repeat() { # median wall and CPU time of `runs` runs of a command
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
# --no-cache builds still keep the output tree they replace in the cache folder (for the next
# build to write into); point it into $work so nothing is left in the repository's .rug-cache
nocache=(--no-cache --cache-dir "$work/tree")
ms ./rug build --book "$book" --out "$work/out" "${nocache[@]}" >/dev/null # warm the page cache
cold=$(repeat ./rug build --book "$book" --out "$work/out" "${nocache[@]}")
plain=$(RUG_NO_TUNING=1 repeat ./rug build --book "$book" --out "$work/out" "${nocache[@]}")
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

# "wall cpu" pairs -> "wall ms (cpu ms CPU)  r x Hugo"
show() {
  local w c hw hc
  read -r w c <<<"$1"
  if [ -n "$hugo_ms" ]; then
    read -r hw hc <<<"$hugo_ms"
    printf '%6d ms (CPU %6d ms)   %s x Hugo wall, %s x Hugo CPU' "$w" "$c" \
      "$(awk -v a="$w" -v b="$hw" 'BEGIN { printf "%.2f", a / b }')" \
      "$(awk -v a="$c" -v b="$hc" 'BEGIN { printf "%.2f", a / b }')"
  else
    printf '%6d ms (CPU %6d ms)   no Hugo' "$w" "$c"
  fi
}
size=$(du -cb "$book"/chapters/*.md | tail -1 | cut -f1)
echo
echo "corpus: $chapters chapters, $(awk -v s="$size" 'BEGIN { printf "%.2f", s / 1e6 }') MB of Markdown; $(nproc) CPUs; $(java -version 2>&1 | head -1)"
printf '%-50s %s  [target <= 1.0]\n' "cold full build (fresh ./rug build, no cache)" "$(show "$cold")"
printf '%-50s %s\n' "  same without launcher tuning (plain java -jar)" "$(show "$plain")"
printf '%-50s %s  [target <= 0.3]\n' "one chapter edited, fresh ./rug build with cache" "$(show "$onechapter")"
printf '%-50s %6s ms   [target <= 300 ms]\n' "warm full rebuild in one JVM (no cache)" "$warm"
printf '%-50s %6s ms   [target <= 50 ms]\n' "one chapter re-rendered (serve --watch path)" "$page"
[ -n "$hugo_ms" ] && printf '%-50s %6d ms (CPU %6d ms)\n' "hugo $(hugo version 2>/dev/null | awk '{ print $2 }')" $hugo_ms
echo "(medians of $runs runs; CPU = user + sys, less sensitive than wall time to other load; load now: $(cut -d' ' -f1-3 /proc/loadavg))"
exit 0
