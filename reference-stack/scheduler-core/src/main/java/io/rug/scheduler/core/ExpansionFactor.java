package io.rug.scheduler.core;

/**
 * The expansion factor (wait + estimate) / estimate: how much longer than its own length a job has
 * been in the system. Ordering by it, highest first, runs short jobs soon while every job gains
 * ground as it waits. The live scheduler orders a user's jobs by it and the batch simulator's
 * {@code default} policy orders its queue by it.
 */
public final class ExpansionFactor {
  private ExpansionFactor() {}

  /** (waited + estimate) / estimate, with a negative wait counted as none. */
  public static double of(long waited, long estimate) {
    if (estimate <= 0) throw new IllegalArgumentException("estimate must be positive: " + estimate);
    return (double) (Math.max(0, waited) + estimate) / estimate;
  }
}
