package io.rug.scheduler.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Predicts a job's runtime from its user's recent history, after Tsafrir, Etsion and Feitelson
 * ("Backfilling using system-generated predictions rather than user runtime estimates", IEEE TPDS
 * 2007): users overstate estimates by habit (many ask for the queue's limit), while the same user's
 * consecutive jobs tend to run alike. The prediction is the median actual runtime of the user's
 * last {@value #HISTORY} finished jobs, never more than the job's own estimate. Tsafrir et al.
 * average the last two; a median of a few more is not thrown by the occasional job that ran into
 * its limit (a crash loop, a hung solver), which would otherwise make the user's next jobs look as
 * long as their limit. Without history the estimate stands.
 *
 * @param <U> what identifies a user
 */
public final class RuntimePredictor<U> {
  /** How many of a user's most recent runtimes the median is taken over. */
  public static final int HISTORY = 5;

  /**
   * Per user: runtimes in a ring (slot {@code count % HISTORY} is next), how many were seen, and
   * their median, kept up to date here because predictions are asked for far more often.
   */
  private static final class Recent {
    final long[] runtimes = new long[HISTORY];
    long count;
    long median;

    void add(long runtime) {
      runtimes[(int) (count++ % HISTORY)] = runtime;
      int n = (int) Math.min(count, HISTORY);
      long[] v = Arrays.copyOf(runtimes, n);
      Arrays.sort(v);
      median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2] + 1) / 2;
    }
  }

  private final Map<U, Recent> recent = new HashMap<>();

  /** Records that a job of {@code user} ran for {@code runtime}. */
  public void finished(U user, long runtime) {
    recent.computeIfAbsent(user, k -> new Recent()).add(Math.max(1, runtime));
  }

  /** The predicted runtime of a job of {@code user} with this (positive) estimate. */
  public long predict(U user, long estimate) {
    Recent r = recent.get(user);
    return r == null ? estimate : Math.max(1, Math.min(estimate, r.median));
  }
}
