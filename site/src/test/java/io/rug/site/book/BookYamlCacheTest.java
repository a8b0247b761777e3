package io.rug.site.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rug.site.testing.SampleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookYamlCacheTest {
  @TempDir Path root;

  private BookLoader cached() {
    return new BookLoader(Optional.of(new BookYamlCache(root.resolve("cache"))));
  }

  private List<Path> entries() throws Exception {
    try (Stream<Path> files = Files.list(root.resolve("cache"))) {
      return files.filter(f -> f.toString().endsWith(".book")).toList();
    }
  }

  @Test
  void anUnchangedBookYamlLoadsTheSameBookFromTheCache() throws Exception {
    Path dir = SampleBook.copyTo(root.resolve("repo"));
    Book parsed = new BookLoader().load(dir);
    assertThat(cached().load(dir)).isEqualTo(parsed);
    assertThat(entries()).hasSize(1);
    assertThat(new BookYamlCache(root.resolve("cache")).read(dir, bytes(dir))).contains(parsed);
    assertThat(cached().load(dir)).isEqualTo(parsed);
  }

  @Test
  void aChangedBookYamlIsParsedAgain() throws Exception {
    Path dir = SampleBook.copyTo(root.resolve("repo"));
    cached().load(dir);
    Path yaml = dir.resolve("book.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("Sample Book", "Renamed Book"));
    assertThat(cached().load(dir).title()).isEqualTo("Renamed Book");
    assertThat(cached().load(dir)).isEqualTo(new BookLoader().load(dir));
  }

  @Test
  void theSameBookYamlInAnotherFolderIsNotTakenForTheFirst() throws Exception {
    Path first = SampleBook.copyTo(root.resolve("one"));
    Path second = SampleBook.copyTo(root.resolve("two"));
    cached().load(first);
    assertThat(cached().load(second).dir()).isEqualTo(second.toAbsolutePath().normalize());
  }

  @Test
  void aDamagedOrTruncatedEntryIsIgnored() throws Exception {
    Path dir = SampleBook.copyTo(root.resolve("repo"));
    Book parsed = new BookLoader().load(dir);
    cached().load(dir);
    Path entry = entries().get(0);
    byte[] good = Files.readAllBytes(entry);
    for (int cut : new int[] {0, 3, good.length / 2, good.length - 1}) {
      Files.write(entry, Arrays.copyOf(good, cut));
      assertThat(cached().load(dir)).isEqualTo(parsed);
    }
    for (int at : new int[] {2, 12, good.length / 2, good.length - 1}) {
      byte[] bad = good.clone();
      bad[at] ^= 0x5a;
      Files.write(entry, bad);
      assertThat(cached().load(dir)).isEqualTo(parsed);
    }
  }

  @Test
  void aMissingChapterFileIsReportedAtItsEntryEvenWhenCached() throws Exception {
    Path dir = SampleBook.copyTo(root.resolve("repo"));
    cached().load(dir);
    Files.delete(dir.resolve("chapters/gpus.md"));
    assertThatThrownBy(() -> cached().load(dir))
        .isInstanceOf(BookInputException.class)
        .hasMessageEndingWith("book.yaml:9:9: chapter file not found: chapters/gpus.md");
  }

  @Test
  void malformedYamlIsStillAnErrorAfterAGoodLoadWasCached() throws Exception {
    Path dir = SampleBook.copyTo(root.resolve("repo"));
    cached().load(dir);
    Files.writeString(dir.resolve("book.yaml"), "title: X\nparts:\n  - title: [unclosed\n");
    assertThatThrownBy(() -> cached().load(dir))
        .isInstanceOf(BookInputException.class)
        .hasMessageMatching(".*book\\.yaml:4:1: invalid YAML: .*");
  }

  private static byte[] bytes(Path dir) throws Exception {
    return Files.readAllBytes(dir.resolve("book.yaml"));
  }
}
