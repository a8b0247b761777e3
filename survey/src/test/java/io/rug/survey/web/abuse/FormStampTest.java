package io.rug.survey.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormStampTest {
  private final SigningKey key = new SigningKey(new byte[32]);
  private final FormStamp stamps =
      new FormStamp(key, new SecureRandom(), Duration.ofSeconds(3), Duration.ofHours(24));
  private final Instant rendered = Instant.parse("2026-01-01T10:00:00Z");

  @Test
  void acceptsAStampPostedAfterTheMinimumFillTimeAndReturnsItsIdempotencyKey() {
    String stamp = stamps.issue("org-index", rendered);
    String key1 = stamps.verify(stamp, "org-index", rendered.plusSeconds(5));
    String key2 = stamps.verify(stamp, "org-index", rendered.plusSeconds(50));
    assertThat(key1).hasSize(12 + 32).isEqualTo(key2);
  }

  @Test
  void keysOfLaterRendersSortAfterEarlierOnes() {
    Instant later = rendered.plusSeconds(10);
    String first = stamps.verify(stamps.issue("org-index", rendered), "org-index", later);
    String second =
        stamps.verify(stamps.issue("org-index", rendered.plusMillis(1)), "org-index", later);
    assertThat(first).isLessThan(second);
  }

  @Test
  void givesEveryRenderItsOwnIdempotencyKey() {
    Instant later = rendered.plusSeconds(10);
    assertThat(stamps.verify(stamps.issue("org-index", rendered), "org-index", later))
        .isNotEqualTo(stamps.verify(stamps.issue("org-index", rendered), "org-index", later));
  }

  @Test
  void rejectsAFormFilledInFasterThanAPersonCould() {
    String stamp = stamps.issue("org-index", rendered);
    assertThatThrownBy(() -> stamps.verify(stamp, "org-index", rendered.plusMillis(400)))
        .isInstanceOf(Rejected.class)
        .extracting(e -> ((Rejected) e).status())
        .isEqualTo(422);
  }

  @Test
  void rejectsAnExpiredForm() {
    String stamp = stamps.issue("org-index", rendered);
    assertThatThrownBy(() -> stamps.verify(stamp, "org-index", rendered.plus(Duration.ofDays(2))))
        .extracting(e -> ((Rejected) e).status())
        .isEqualTo(410);
  }

  @Test
  void rejectsATamperedStampOrOneForAnotherForm() {
    String stamp = stamps.issue("org-index", rendered);
    Instant later = rendered.plusSeconds(10);
    String forgedTime =
        new FormStamp(
                new SigningKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}),
                new SecureRandom(),
                Duration.ZERO,
                Duration.ofDays(1))
            .issue("org-index", rendered);
    assertThatThrownBy(() -> stamps.verify(stamp, "kubecon-na-2019", later))
        .extracting(e -> ((Rejected) e).status())
        .isEqualTo(400);
    assertThatThrownBy(() -> stamps.verify(forgedTime, "org-index", later))
        .extracting(e -> ((Rejected) e).status())
        .isEqualTo(400);
    assertThatThrownBy(() -> stamps.verify("garbage", "org-index", later))
        .isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> stamps.verify(null, "org-index", later)).isInstanceOf(Rejected.class);
  }
}
