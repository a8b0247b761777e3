package io.rug.awesome.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HostRateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final List<Duration> waits = new ArrayList<>();
  private final HostRateLimiter limiter =
      new HostRateLimiter(
          Duration.ofMillis(500),
          now::get,
          d -> {
            waits.add(d);
            now.addAndGet(d.toNanos()); // a fake clock: waiting moves time forward
          });

  @Test
  void spacesRequestsToOneHost() throws InterruptedException {
    long a = limiter.acquire("a.org:443");
    long b = limiter.acquire("a.org:443");
    long c = limiter.acquire("a.org:443");
    assertThat(b - a).isEqualTo(Duration.ofMillis(500).toNanos());
    assertThat(c - b).isEqualTo(Duration.ofMillis(500).toNanos());
  }

  @Test
  void differentHostsDoNotWaitForEachOther() throws InterruptedException {
    limiter.acquire("a.org:443");
    limiter.acquire("b.org:443");
    assertThat(waits).isEmpty();
  }

  @Test
  void backOffDelaysTheNextRequestToThatHost() throws InterruptedException {
    limiter.backOff("a.org:443", Duration.ofSeconds(7));
    limiter.acquire("a.org:443");
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
  }
}
