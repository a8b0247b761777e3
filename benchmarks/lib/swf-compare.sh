# Sourced by the scheduler-sim-*.sh benchmarks: `compare_swf TRACE[:PROCS] ...` runs EASY and
# default on each trace (`rug simulate swf --json`, with --procs when given) and prints mean
# bounded slowdown (BSLD) and max wait ratios and whether the issue's targets hold (BSLD <= 0.8 x
# EASY's where EASY's >= 10, else no worse; max wait <= 1.5 x EASY's), then a count. Needs $root.
compare_swf() {
  local spec trace procs e d line met=0 total=0
  field() { sed -E "s/.*\"$1\": *([0-9.eE+-]+).*/\1/"; }
  printf '%-32s %7s %10s %10s %6s %8s  %s\n' trace procs "EASY BSLD" "def. BSLD" ratio "max wait" targets
  for spec in "$@"; do
    trace="${spec%%:*}" procs=()
    [ "$trace" != "$spec" ] && procs=(--procs "${spec#*:}")
    e=$(java -jar "$root/tools/target/rug.jar" simulate swf --trace "$trace" ${procs[@]+"${procs[@]}"} --policy easy --json)
    d=$(java -jar "$root/tools/target/rug.jar" simulate swf --trace "$trace" ${procs[@]+"${procs[@]}"} --policy default --json)
    line=$(awk -v eb="$(field meanBoundedSlowdown <<<"$e")" -v db="$(field meanBoundedSlowdown <<<"$d")" \
      -v ew="$(field maxWaitSeconds <<<"$e")" -v dw="$(field maxWaitSeconds <<<"$d")" \
      -v p="$(field procs <<<"$e")" -v n="$(basename "$trace" .swf)" 'BEGIN {
        r = db / eb; w = (ew > 0 ? dw / ew : (dw > 0 ? 99 : 1))
        ok = (eb >= 10 ? r <= 0.8 : db <= eb) && w <= 1.5
        printf "%-32s %7d %10.2f %10.2f %6.2f %8.2f  %s\n", n, p, eb, db, r, w, ok ? "met" : "missed" }')
    echo "$line"
    total=$((total + 1))
    [[ "$line" == *" met" ]] && met=$((met + 1))
  done
  echo "targets met on $met of $total traces"
}
