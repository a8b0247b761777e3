package io.rug.awesome.links;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Spaces requests to one host at least {@code interval} apart: each caller reserves the next free
 * slot for its host and waits until then. Different hosts never wait for each other.
 */
public final class HostRateLimiter {
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final Map<String, Long> nextFree = new HashMap<>();

  public HostRateLimiter(Duration interval, LongSupplier nanoTime, Sleeper sleeper) {
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** Blocks until this caller may send to {@code host}; returns the reserved slot (nano time). */
  public long acquire(String host) throws InterruptedException {
    long slot = reserve(host, 0);
    long wait = slot - nanoTime.getAsLong();
    if (wait > 0) sleeper.sleep(Duration.ofNanos(wait));
    return slot;
  }

  /** Pushes the host's next free slot at least {@code delay} into the future (Retry-After). */
  public void backOff(String host, Duration delay) {
    synchronized (nextFree) {
      long until = nanoTime.getAsLong() + delay.toNanos();
      nextFree.merge(host, until, Math::max);
    }
  }

  private long reserve(String host, long extra) {
    synchronized (nextFree) {
      long now = nanoTime.getAsLong();
      long slot = Math.max(now, nextFree.getOrDefault(host, now)) + extra;
      nextFree.put(host, slot + intervalNanos);
      return slot;
    }
  }

  /** Waits; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    static Sleeper real() {
      return d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
    }
  }
}
