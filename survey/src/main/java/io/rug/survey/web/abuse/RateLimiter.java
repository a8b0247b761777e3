package io.rug.survey.web.abuse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client token buckets: {@code burst} requests at once, refilled at {@code perMinute}. The
 * clock is injected so tests need no sleeps.
 */
public final class RateLimiter {
  private static final int MAX_TRACKED = 100_000;
  private final int burst;
  private final double tokensPerNano;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
    if (perMinute <= 0 || burst <= 0) {
      throw new IllegalArgumentException("rate limit and burst must be positive");
    }
    this.burst = burst;
    this.tokensPerNano = perMinute / 60e9;
    this.nanoClock = nanoClock;
  }

  /** Takes one token for {@code client}; false when the client is over its limit. */
  public boolean tryAcquire(String client) {
    long now = nanoClock.getAsLong();
    if (buckets.size() > MAX_TRACKED) {
      buckets.values().removeIf(b -> b.fullAt(now, burst, tokensPerNano));
    }
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * tokensPerNano);
      bucket.updated = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
      }
      return false;
    }
  }

  /** Seconds until {@code client} may try again, at least 1. */
  public long retryAfterSeconds() {
    return Math.max(1, (long) Math.ceil(1 / (tokensPerNano * 1e9)));
  }

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }

    synchronized boolean fullAt(long now, int burst, double rate) {
      return tokens + (now - updated) * rate >= burst;
    }
  }
}
