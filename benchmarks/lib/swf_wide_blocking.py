"""How much of a schedule's bounded slowdown comes from jobs stuck behind a wide job.

Reads a simulated schedule (`rug simulate swf --schedule FILE.swf`: field 3 is the simulated wait)
and prints the mean bounded slowdown and two shares of its sum. "Stuck": jobs submitted while a job
at least WIDTH of the machine wide (default 0.75) was running, too wide to run beside it, that
started only after it ended. "Until its end": the part of the sum those jobs would have had if each
had started the moment that wide job ended. Without preemption, once the wide job has started no
order can start them earlier, so where that part is most of the sum, the order of the queue has
little left to win: only when the wide jobs run can change it.

    python3 benchmarks/lib/swf_wide_blocking.py SCHEDULE.swf [WIDTH]
"""
import bisect
import sys


def read(path):
    procs, jobs = 0, []
    with open(path) as f:
        for number, line in enumerate(f, 1):
            s = line.strip()
            if s.startswith(";"):
                if s[1:].strip().startswith("MaxProcs:"):
                    procs = int(s.split(":", 1)[1])
                continue
            if not s:
                continue
            try:
                x = s.split()
                submit, wait, run, width = int(x[1]), int(x[2]), int(x[3]), int(x[4])
            except (IndexError, ValueError):
                print(f"{path}:{number}: expected a schedule line (id submit wait run procs ...)",
                      file=sys.stderr)
                sys.exit(2)
            jobs.append((submit, submit + wait, run, width))
    if procs <= 0:
        print(f"{path}: no '; MaxProcs:' header (write it with rug simulate swf --schedule)",
              file=sys.stderr)
        sys.exit(2)
    return procs, jobs


def main():
    if len(sys.argv) not in (2, 3):
        print("usage: " + __doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        sys.exit(2)
    try:
        procs, jobs = read(sys.argv[1])
    except OSError as e:
        print(f"{sys.argv[1]}: {e.strerror}", file=sys.stderr)
        sys.exit(2)
    width = float(sys.argv[2]) if len(sys.argv) == 3 else 0.75
    wide = sorted(
        (start, start + run, w) for submit, start, run, w in jobs if w >= width * procs)
    starts = [s for s, _, _ in wide]
    total = behind = floor = 0.0
    for submit, start, run, w in jobs:
        b = max(1.0, (start - submit + run) / max(run, 10))
        total += b
        # wide jobs that started at or before this job's submission and ended after it, by its start
        for ws, we, ww in wide[: bisect.bisect_right(starts, submit)][::-1]:
            if ws < start and submit < we <= start and w > procs - ww:
                behind += b
                floor += max(1.0, (we - submit + run) / max(run, 10))
                break
    n = len(jobs)
    print(f"jobs {n}, wide jobs (>= {width:g} of {procs}) {len(wide)}, "
          f"mean bounded slowdown {total / n:.2f}, "
          f"share stuck behind a wide job {behind / total if total else 0:.2f}, "
          f"of it until the wide job's end {floor / total if total else 0:.2f}")


if __name__ == "__main__":
    main()
