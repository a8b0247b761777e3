package io.rug.survey.bench;

import java.time.Duration;

/**
 * CPU time the server and the load generator spent during the load: both share the machine, so a
 * hungry client would slow the server it measures.
 */
record CpuUse(Duration server, Duration client) {

  /** CPU milliseconds per acknowledged submission, or 0 when there were none. */
  static double perSubmission(Duration cpu, long submissions) {
    return submissions == 0 ? 0 : cpu.toNanos() / 1e6 / submissions;
  }

  /** CPU time this process has used so far (zero where the OS hides it). */
  static Duration ofThisProcess() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }
}
