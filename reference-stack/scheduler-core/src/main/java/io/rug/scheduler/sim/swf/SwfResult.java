package io.rug.scheduler.sim.swf;

import java.util.List;
import java.util.Locale;

/** Summary metrics of one simulation, plus the time series used for the plot. */
public record SwfResult(
    String trace,
    String policy,
    int procs,
    int jobs,
    double meanWaitSeconds,
    long maxWaitSeconds,
    double meanBoundedSlowdown,
    double maxBoundedSlowdown,
    double utilization,
    long makespanSeconds,
    List<Sample> samples) {

  /** Busy processors and queue length from {@code time} on. */
  public record Sample(long time, int busy, int queued) {}

  public String toJson() {
    return String.format(
        Locale.ROOT,
        "{\"trace\":\"%s\",\"policy\":\"%s\",\"procs\":%d,\"jobs\":%d,\"meanWaitSeconds\":%.3f,"
            + "\"maxWaitSeconds\":%d,\"meanBoundedSlowdown\":%.4f,\"maxBoundedSlowdown\":%.4f,"
            + "\"utilization\":%.6f,\"makespanSeconds\":%d}",
        escape(trace),
        escape(policy),
        procs,
        jobs,
        meanWaitSeconds,
        maxWaitSeconds,
        meanBoundedSlowdown,
        maxBoundedSlowdown,
        utilization,
        makespanSeconds);
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
