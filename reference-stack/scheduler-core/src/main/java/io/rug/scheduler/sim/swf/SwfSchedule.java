package io.rug.scheduler.sim.swf;

import java.util.List;
import java.util.Locale;

/**
 * A simulated schedule written back as a Standard Workload Format trace: each simulated job with
 * its submit time, its simulated wait in field 3, the runtime it was simulated with (field 4,
 * {@code min(run, estimate)}), its processors (fields 5 and 8), its estimate (9) and user (12). The
 * result is a trace in its own right: replaying it gives the same jobs, so any SWF tool can read
 * the waits, and per-job questions (who waited behind whom) need no special output.
 */
public final class SwfSchedule {
  private SwfSchedule() {}

  /**
   * The schedule of {@code trace}'s jobs under {@code policy}; {@code start[i]} is job i's start.
   */
  public static String render(SwfTrace trace, String policy, long[] start) {
    List<SwfJob> jobs = trace.jobs();
    if (start.length != jobs.size())
      throw new IllegalArgumentException(
          "start times for " + start.length + " jobs, trace has " + jobs.size());
    StringBuilder sb = new StringBuilder(64 * (jobs.size() + 4));
    sb.append("; Simulated schedule of ")
        .append(trace.name())
        .append(" under policy ")
        .append(policy)
        .append(" (rug simulate swf)\n")
        .append("; Field 3 is the simulated wait, field 4 the simulated runtime (min of run and")
        .append(" estimate)\n")
        .append("; Left out: ")
        .append(trace.skipped())
        .append(
            " jobs the simulation skips (no runtime or processors, or wider than the machine)\n")
        .append("; MaxProcs: ")
        .append(trace.procs())
        .append('\n');
    for (int i = 0; i < jobs.size(); i++) {
      SwfJob j = jobs.get(i);
      sb.append(
          String.format(
              Locale.ROOT,
              "%d %d %d %d %d -1 -1 %d %d -1 1 %d -1 -1 -1 -1 -1 -1\n",
              j.id(),
              j.submit(),
              start[i] - j.submit(),
              j.run(),
              j.procs(),
              j.procs(),
              j.estimate(),
              j.user()));
    }
    return sb.toString();
  }
}
