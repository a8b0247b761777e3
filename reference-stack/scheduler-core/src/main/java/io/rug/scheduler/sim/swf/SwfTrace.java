package io.rug.scheduler.sim.swf;

import java.util.List;

/** A parsed trace: its name, the machine size and the runnable jobs in queue order (submit, id). */
public record SwfTrace(String name, int procs, List<SwfJob> jobs, int skipped) {
  public SwfTrace {
    jobs = List.copyOf(jobs);
  }
}
