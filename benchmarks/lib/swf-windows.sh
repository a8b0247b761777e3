# Sourced by the scheduler-sim-*.sh benchmarks. `swf_windows N TRACE DIR` cuts TRACE into windows
# of N consecutive jobs, DIR/NAME-w0.swf, -w1, ... (header kept in each, blank lines dropped, the
# last partial window dropped), and prints their paths in order.
swf_windows() {
  local n="$1" trace="$2" dir="$3" name
  name="$(basename "$trace" .swf)"
  awk -v n="$n" -v out="$dir/$name" '
    /^[[:space:]]*;/ { header = header $0 "\n"; next }
    /^[[:space:]]*$/ { next }
    { w = int(jobs / n); jobs++; if (!(w in started)) { started[w] = 1; printf "%s", header > (out "-w" w ".swf") }
      print > (out "-w" w ".swf") }
    END { if (jobs % n) system("rm -f \"" out "-w" int(jobs / n) ".swf\"") }' "$trace"
  ls "$dir/$name"-w*.swf 2>/dev/null | sort -V
}

# `swf_specs N DIR TRACE[:PROCS] ...` sets the array `specs` to the given traces, or with N > 0 to
# their windows of N jobs (cut into DIR), each with the trace's :PROCS suffix; exits 2 on a
# missing trace.
swf_specs() {
  local n="$1" dir="$2" spec trace suffix w
  shift 2
  specs=()
  for spec in "$@"; do
    trace="${spec%%:*}" suffix=""
    [ "$trace" != "$spec" ] && suffix=":${spec#*:}"
    [ -f "$trace" ] || { echo "no such trace: $trace" >&2; exit 2; }
    if [ "$n" -gt 0 ]; then
      for w in $(swf_windows "$n" "$trace" "$dir"); do specs+=("$w$suffix"); done
    else
      specs+=("$spec")
    fi
  done
}
