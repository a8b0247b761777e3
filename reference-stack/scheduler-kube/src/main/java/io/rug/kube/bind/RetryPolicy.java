package io.rug.kube.bind;

import java.time.Duration;

/** Attempts and exponential backoff (with jitter) for one binding. */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(5));

  public RetryPolicy {
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be >= 1");
  }

  /** Backoff before attempt {@code attempt + 1} (attempt counts from 1). */
  public long backoffMillis(int attempt, double jitter01) {
    long base = initialBackoff.toMillis() << Math.min(20, attempt - 1);
    long capped = Math.min(base, maxBackoff.toMillis());
    return (long) (capped * (0.5 + 0.5 * jitter01));
  }

  /** Codes worth another attempt: I/O error or timeout (0), 408, 429 and 5xx. */
  public static boolean retryable(int code) {
    return code == 0 || code == 408 || code == 429 || code >= 500;
  }
}
