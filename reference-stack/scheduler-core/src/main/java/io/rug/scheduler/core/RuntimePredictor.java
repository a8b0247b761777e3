package io.rug.scheduler.core;

import java.util.HashMap;
import java.util.Map;

/**
 * Predicts a job's runtime from its user's recent history, as Tsafrir, Etsion and Feitelson propose
 * ("Backfilling using system-generated predictions rather than user runtime estimates", IEEE TPDS
 * 2007): the mean actual runtime of the user's last two finished jobs, never more than the job's
 * own estimate. Users overstate estimates by habit (many ask for the queue's limit), while the same
 * user's consecutive jobs tend to run alike. Without history the estimate stands.
 *
 * @param <U> what identifies a user
 */
public final class RuntimePredictor<U> {
  private final Map<U, long[]> lastTwo = new HashMap<>();

  /** Records that a job of {@code user} ran for {@code runtime}. */
  public void finished(U user, long runtime) {
    long[] h = lastTwo.get(user);
    if (h == null) lastTwo.put(user, new long[] {Math.max(1, runtime), -1});
    else {
      h[1] = h[0];
      h[0] = Math.max(1, runtime);
    }
  }

  /** The predicted runtime of a job of {@code user} with this (positive) estimate. */
  public long predict(U user, long estimate) {
    long[] h = lastTwo.get(user);
    if (h == null) return estimate;
    long mean = h[1] < 0 ? h[0] : (h[0] + h[1] + 1) / 2;
    return Math.max(1, Math.min(estimate, mean));
  }
}
