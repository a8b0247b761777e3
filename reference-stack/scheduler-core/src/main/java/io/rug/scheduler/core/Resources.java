package io.rug.scheduler.core;

/**
 * A bundle of schedulable resources: CPU in millicores, memory in bytes and GPU in milli-GPUs (1000
 * = one whole GPU). Used for queue capability/guarantee and for DRF shares.
 */
public record Resources(long cpuMilli, long memoryBytes, long gpuMilli) {
  public static final Resources ZERO = new Resources(0, 0, 0);

  /** No limit in any dimension. */
  public static final Resources UNLIMITED =
      new Resources(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

  public Resources plus(Resources o) {
    return new Resources(
        sat(cpuMilli + o.cpuMilli), sat(memoryBytes + o.memoryBytes), sat(gpuMilli + o.gpuMilli));
  }

  public Resources minus(Resources o) {
    return new Resources(cpuMilli - o.cpuMilli, memoryBytes - o.memoryBytes, gpuMilli - o.gpuMilli);
  }

  /** True when every dimension of this is at most that of {@code o}. */
  public boolean fitsIn(Resources o) {
    return cpuMilli <= o.cpuMilli && memoryBytes <= o.memoryBytes && gpuMilli <= o.gpuMilli;
  }

  /** The largest share of {@code total} used in any dimension (dominant share, DRF). */
  public double dominantShare(Resources total) {
    return Math.max(
        share(cpuMilli, total.cpuMilli),
        Math.max(share(memoryBytes, total.memoryBytes), share(gpuMilli, total.gpuMilli)));
  }

  private static double share(long used, long total) {
    return total <= 0 ? 0 : (double) used / total;
  }

  private static long sat(long v) {
    return v < 0 ? Long.MAX_VALUE : v; // saturate on overflow (UNLIMITED + x)
  }
}
