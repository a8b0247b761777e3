package io.rug.site.book.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.book.render.RenderedChapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexPartsTest {
  @TempDir Path cache;
  final SearchIndexWriter writer = new SearchIndexWriter();
  final Random random = new Random(7);

  private RenderedChapter chapter(String slug, String key) {
    List<RenderedChapter.SearchSection> sections = new ArrayList<>();
    for (int i = random.nextInt(4); i >= 0; i--) {
      sections.add(
          new RenderedChapter.SearchSection(i == 0 ? "" : "h-" + i, text(12), text(40), text(80)));
    }
    return new RenderedChapter(slug, text(10), "", "", true, List.of(), sections, List.of(), key);
  }

  private String text(int length) {
    String alphabet = "ab Z9\"\\<>&\n\t\u0001\u2028…é文";
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(length + 1); i > 0; i--) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private Path partsFile() throws Exception {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.toString().endsWith(".parts")).findFirst().orElseThrow();
    }
  }

  @Test
  void anIndexFromKeptPartsHasTheWritersBytes() throws Exception {
    List<RenderedChapter> chapters =
        new ArrayList<>(List.of(chapter("a", "k1"), chapter("b", "k2"), chapter("c", "k3")));
    for (String index : List.of("index.html", "")) {
      assertThat(new SearchIndexParts(cache).write(chapters, index))
          .isEqualTo(writer.writeUtf8(chapters, index));
      assertThat(new SearchIndexParts(cache).write(chapters, index))
          .isEqualTo(writer.writeUtf8(chapters, index));
    }
    SearchIndexParts parts = new SearchIndexParts(cache);
    parts.write(chapters, "index.html");
    chapters.set(1, chapter("b", "k2-edited")); // more or fewer sections: later ids move
    chapters.add(0, chapter("new", "k4"));
    assertThat(parts.write(chapters, "index.html"))
        .isEqualTo(writer.writeUtf8(chapters, "index.html"));
    assertThat(new SearchIndexParts(cache).write(chapters, "index.html"))
        .isEqualTo(writer.writeUtf8(chapters, "index.html"));
    chapters.remove(2);
    assertThat(new SearchIndexParts(cache).write(chapters, "index.html"))
        .isEqualTo(writer.writeUtf8(chapters, "index.html"));
  }

  @Test
  void chaptersWithoutASourceKeyAreEncodedEveryTime() throws Exception {
    List<RenderedChapter> chapters = List.of(chapter("a", ""), chapter("b", "k2"));
    assertThat(new SearchIndexParts(cache).write(chapters, ""))
        .isEqualTo(writer.writeUtf8(chapters, ""));
  }

  @Test
  void aDamagedOrTruncatedPartsFileIsIgnored() throws Exception {
    List<RenderedChapter> chapters = List.of(chapter("a", "k1"), chapter("b", "k2"));
    byte[] expected = writer.writeUtf8(chapters, "index.html");
    new SearchIndexParts(cache).write(chapters, "index.html");
    Path file = partsFile();
    byte[] good = Files.readAllBytes(file);
    for (int cut : new int[] {0, 5, good.length / 2, good.length - 1}) {
      Files.write(file, Arrays.copyOf(good, cut));
      assertThat(new SearchIndexParts(cache).write(chapters, "index.html")).isEqualTo(expected);
    }
    for (int at : new int[] {3, 20, good.length / 2, good.length - 1}) {
      byte[] bad = good.clone();
      bad[at] ^= 0x40;
      Files.write(file, bad);
      assertThat(new SearchIndexParts(cache).write(chapters, "index.html")).isEqualTo(expected);
    }
  }
}
