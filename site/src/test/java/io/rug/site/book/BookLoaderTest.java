package io.rug.site.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rug.site.testing.SampleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookLoaderTest {
  @TempDir Path root;

  @Test
  void readsPartsChaptersAndDefaultSlugs() throws Exception {
    Book book = new BookLoader().load(SampleBook.copyTo(root));
    assertThat(book.title()).isEqualTo("Sample Book");
    assertThat(book.parts()).extracting(Book.Part::title).containsExactly("Basics", "More");
    assertThat(book.chapters())
        .extracting(Book.ChapterRef::slug)
        .containsExactly("intro", "gpus", "batch-scheduling");
    assertThat(book.chapters().get(1).line()).isEqualTo(9);
  }

  @Test
  void rejectsMalformedYamlWithLineAndColumn() throws Exception {
    Path dir = SampleBook.copyTo(root);
    Files.writeString(dir.resolve("book.yaml"), "title: X\nparts:\n  - title: [unclosed\n");
    assertThatThrownBy(() -> new BookLoader().load(dir))
        .isInstanceOf(BookInputException.class)
        .hasMessageMatching(".*book\\.yaml:4:1: invalid YAML: .*");
  }

  @Test
  void rejectsMissingChapterFileAtItsEntry() throws Exception {
    Path dir = SampleBook.copyTo(root);
    Files.delete(dir.resolve("chapters/gpus.md"));
    assertThatThrownBy(() -> new BookLoader().load(dir))
        .isInstanceOf(BookInputException.class)
        .hasMessageEndingWith("book.yaml:9:9: chapter file not found: chapters/gpus.md");
  }

  @Test
  void rejectsWrongTypesAndMissingKeys() throws Exception {
    Path dir = SampleBook.copyTo(root);
    Files.writeString(dir.resolve("book.yaml"), "title: X\nparts: nope\n");
    assertThatThrownBy(() -> new BookLoader().load(dir))
        .hasMessageEndingWith("book.yaml:2:8: 'parts' must be a list");
    Files.writeString(dir.resolve("book.yaml"), "parts: []\n");
    assertThatThrownBy(() -> new BookLoader().load(dir))
        .hasMessageEndingWith("book.yaml:1:1: missing key 'title'");
  }

  @Test
  void duplicateSlugsAreAnInputErrorForBuilding() throws Exception {
    Path dir = SampleBook.copyTo(root);
    Files.writeString(
        dir.resolve("book.yaml"),
        "title: X\nparts:\n  - title: P\n    chapters:\n      - file: intro.md\n"
            + "      - file: gpus.md\n        slug: intro\n");
    Book book = new BookLoader().load(dir);
    assertThatThrownBy(() -> BookLoader.requireUniqueSlugs(book))
        .hasMessageEndingWith("book.yaml:6:9: duplicate slug 'intro'");
  }

  @Test
  void rejectsBadFrontMatterWithLocationInTheChapter() {
    Path file = root.resolve("c.md");
    Book.ChapterRef ref = new Book.ChapterRef("c.md", "c", 1, 1);
    assertThatThrownBy(() -> ChapterSource.parse(ref, file, "---\ntitle: [x\n---\n# C\n"))
        .isInstanceOf(BookInputException.class)
        .hasMessageStartingWith(file + ":3:1: invalid YAML");
    assertThatThrownBy(() -> ChapterSource.parse(ref, file, "---\ntitle: x\n# C\n"))
        .hasMessageEndingWith("front matter is not closed by a '---' line");
  }

  @Test
  void frontMatterKeepsBodyLineNumbers() {
    ChapterSource src =
        ChapterSource.parse(
            new Book.ChapterRef("c.md", "c", 1, 1),
            root.resolve("c.md"),
            "---\ntitle: T\ndescription: D\n---\n# C\n");
    assertThat(src.title()).isEqualTo("T");
    assertThat(src.description()).isEqualTo("D");
    assertThat(src.markdown().lines().toList()).hasSize(5).last().isEqualTo("# C");
  }
}
