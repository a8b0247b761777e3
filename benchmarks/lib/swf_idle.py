"""Where a schedule leaves processors idle while jobs wait, and how far it falls behind another.

Reads simulated schedules (`rug simulate swf --schedule FILE.swf`: field 3 is the simulated wait)
and prints, for each, the processor time left idle while at least one job waited, in machine-days
(days of the whole machine), split in two: "fits", when some waiting job was narrow enough for the
idle processors (a reservation or the order kept it out), and "too wide", when every waiting job
was wider. Given two schedules of the same trace, it also prints how far the first fell behind the
second in work done: the largest gap, when it was largest, and the gap at the last submission. A
schedule that is behind has more work queued at every later moment, so its waits are longer even
if its order is better.

    python3 benchmarks/lib/swf_idle.py SCHEDULE.swf [OTHER.swf]
"""
import heapq
import sys

from swf_wide_blocking import read

DAY = 86400


def idle_while_waiting(procs, jobs):
    """(fits, too_wide) idle processor-seconds while some job waited."""
    events = []  # (time, order, kind, width): ends, then starts, then submissions at one time
    for submit, start, run, width in jobs:
        events.append((submit, 2, "submit", width))
        events.append((start, 1, "start", width))
        events.append((start + run, 0, "end", width))
    events.sort()
    waiting, removed = [], {}  # a min-heap of waiting widths, with lazy removal
    busy, prev = 0, None
    fits = too_wide = 0.0
    for time, _, kind, width in events:
        while waiting and removed.get(waiting[0], 0):
            removed[waiting[0]] -= 1
            heapq.heappop(waiting)
        if prev is not None and waiting and time > prev:
            idle = (procs - busy) * (time - prev)
            if waiting[0] <= procs - busy:
                fits += idle
            else:
                too_wide += idle
        prev = time
        if kind == "submit":
            heapq.heappush(waiting, width)
        elif kind == "start":
            removed[width] = removed.get(width, 0) + 1
            busy += width
        else:
            busy -= width
    return fits, too_wide


def work_done(jobs):
    """Breakpoints (time, processor-seconds done by then), from time 0."""
    changes = {}
    for _, start, run, width in jobs:
        changes[start] = changes.get(start, 0) + width
        changes[start + run] = changes.get(start + run, 0) - width
    done, busy, prev, points = 0.0, 0, 0, []
    for time in sorted(changes):
        done += busy * (time - prev)
        busy += changes[time]
        prev = time
        points.append((time, done, busy))
    return points


def done_at(points, i, time):
    """Work done by `time`, with points[i] the last breakpoint at or before it."""
    if i < 0:
        return 0.0
    t, done, busy = points[i]
    return done + busy * (time - t)


def behind(procs, first, second):
    """(largest gap, when, gap at the last submission) of `second`'s work done over `first`'s."""
    a, b = work_done(first), work_done(second)
    last_submit = max(submit for submit, _, _, _ in first)
    times = sorted({t for t, _, _ in a} | {t for t, _, _ in b} | {last_submit})
    ia = ib = -1
    worst, when, at_last = 0.0, 0, 0.0
    for time in times:
        while ia + 1 < len(a) and a[ia + 1][0] <= time:
            ia += 1
        while ib + 1 < len(b) and b[ib + 1][0] <= time:
            ib += 1
        gap = done_at(b, ib, time) - done_at(a, ia, time)
        if gap > worst:
            worst, when = gap, time
        if time == last_submit:
            at_last = gap
    return worst / procs / DAY, when, at_last / procs / DAY


def main():
    if len(sys.argv) not in (2, 3):
        print("usage: " + __doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        sys.exit(2)
    schedules = []
    for path in sys.argv[1:]:
        try:
            schedules.append(read(path))
        except OSError as e:
            print(f"{path}: {e.strerror}", file=sys.stderr)
            sys.exit(2)
    if len(schedules) == 2:
        (p1, j1), (p2, j2) = schedules
        if p1 != p2 or len(j1) != len(j2):
            print("the two schedules are not of the same trace (machine size or job count differ)",
                  file=sys.stderr)
            sys.exit(2)
    for path, (procs, jobs) in zip(sys.argv[1:], schedules):
        fits, too_wide = idle_while_waiting(procs, jobs)
        print(f"{path}: idle while jobs waited {(fits + too_wide) / procs / DAY:.2f} machine-days "
              f"(fits {fits / procs / DAY:.2f}, too wide {too_wide / procs / DAY:.2f})")
    if len(schedules) == 2:
        worst, when, at_last = behind(p1, j1, j2)
        print(f"{sys.argv[1]} behind {sys.argv[2]} in work done: at most {worst:.2f} machine-days "
              f"(at {when} s), {at_last:.2f} at the last submission")


if __name__ == "__main__":
    main()
