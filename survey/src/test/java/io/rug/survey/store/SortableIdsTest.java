package io.rug.survey.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortableIdsTest {
  private final SecureRandom random = new SecureRandom();
  private final Instant t = Instant.parse("2026-11-29T11:00:00Z");

  @Test
  void startsWithTwelveHexDigitsOfTheEpochMillisecondsThenTheRandomPart() {
    String id = SortableIds.hex(random, t, 16);
    assertThat(id).hasSize(12 + 32).matches("[0-9a-f]+");
    assertThat(Long.parseLong(id.substring(0, 12), 16)).isEqualTo(t.toEpochMilli());
    assertThat(SortableIds.base64(random, t, 24))
        .hasSize(12 + 32)
        .startsWith(id.substring(0, 12))
        .matches("[0-9a-f]{12}[A-Za-z0-9_-]{32}");
  }

  @Test
  void idsOfLaterTimesSortAfterEarlierOnesWhateverTheirRandomParts() {
    for (int i = 0; i < 1000; i++) {
      assertThat(SortableIds.base64(random, t, 24))
          .isLessThan(SortableIds.base64(random, t.plusMillis(1), 24));
    }
    // the prefix keeps its width, so the order holds across a change in the number of digits
    assertThat(SortableIds.hex(random, Instant.ofEpochMilli(0xfffffffffL), 4))
        .isLessThan(SortableIds.hex(random, Instant.ofEpochMilli(0x1000000000L), 4));
  }

  @Test
  void idsOfTheSameMillisecondDiffer() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(SortableIds.base64(random, t, 24));
    }
    assertThat(ids).hasSize(10_000);
  }
}
