package io.rug.survey.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong nanos = new AtomicLong();
  private final RateLimiter limiter = new RateLimiter(6, 3, nanos::get);

  @Test
  void allowsABurstThenRefusesUntilTokensRefill() {
    assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    nanos.addAndGet(10_000_000_000L); // 6 per minute = one every 10 s
    assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
  }

  @Test
  void countsEachClientSeparately() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("10.0.0.1");
    }
    assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
  }

  @Test
  void tellsClientsWhenToRetry() {
    assertThat(limiter.retryAfterSeconds()).isEqualTo(10);
  }
}
