package io.rug.site.book.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.book.Book;
import io.rug.site.book.BookLoader;
import io.rug.site.book.render.MarkdownRenderer;
import io.rug.site.highlight.CodeHighlighter;
import io.rug.site.testing.SampleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookCheckerTest {
  @TempDir Path root;
  Path bookDir;
  final BookChecker checker =
      new BookChecker(new MarkdownRenderer(new CodeHighlighter()), new YamlSyntaxValidator());

  @BeforeEach
  void copySample() {
    bookDir = SampleBook.copyTo(root);
  }

  private List<String> check() throws Exception {
    Book book = new BookLoader().load(bookDir);
    return checker.check(book).stream().map(Finding::toString).toList();
  }

  private void writeChapter(String name, String markdown) throws Exception {
    Files.writeString(bookDir.resolve("chapters").resolve(name), markdown);
  }

  @Test
  void passesTheSampleBook() throws Exception {
    assertThat(check()).isEmpty();
  }

  @Test
  void reportsBrokenLinksAndMissingAnchorsWithPositions() throws Exception {
    writeChapter(
        "batch.md",
        "# Batch\n\nSee [gone](missing.md) and\n[GPUs](gpus.md#no-such-heading), [here](#queues).\n\n"
            + "## Queues\n");
    Path batch = bookDir.resolve("chapters/batch.md");
    assertThat(check())
        .containsExactly(
            batch + ":3:5: broken link: missing.md does not exist",
            batch + ":4:1: missing anchor #no-such-heading in gpus.md");
  }

  @Test
  void reportsMissingIncludeTargetsAndLineRanges() throws Exception {
    writeChapter(
        "batch.md",
        "# Batch\n\n```yaml\n{{#include ../../manifests/nope.yaml}}\n```\n\n"
            + "```yaml\n  {{#include ../../manifests/namespace.yaml:4:99}}\n```\n");
    Path batch = bookDir.resolve("chapters/batch.md");
    assertThat(check())
        .containsExactly(
            batch + ":4:1: include target not found: ../../manifests/nope.yaml",
            batch + ":8:3: line range 4:99 is outside ../../manifests/namespace.yaml (5 lines)");
  }

  @Test
  void reportsInvalidIncludedYamlAtItsOwnPosition() throws Exception {
    Files.writeString(
        root.resolve("manifests/namespace.yaml"),
        "# x\napiVersion: v1\nkind: [Namespace\nmetadata: {}\nend: 1\n");
    assertThat(check())
        .singleElement()
        .asString()
        .startsWith(root.resolve("manifests/namespace.yaml").toString() + ":4:9: invalid YAML")
        .contains("[yaml-syntax]", "included by");
  }

  @Test
  void reportsUnlistedChaptersDuplicateSlugsAndImagesWithoutAlt() throws Exception {
    writeChapter("orphan.md", "# Orphan\n");
    writeChapter("gpus.md", "# GPUs\n\n![](images/diagram.svg)\n");
    Files.writeString(
        bookDir.resolve("book.yaml"),
        Files.readString(bookDir.resolve("book.yaml"))
            .replace("slug: batch-scheduling", "slug: intro"));
    assertThat(check())
        .containsExactlyInAnyOrder(
            bookDir.resolve("book.yaml") + ":12:9: duplicate slug 'intro' (first used on line 7)",
            bookDir.resolve("chapters/orphan.md").toAbsolutePath()
                + ":1:1: chapter is not listed in book.yaml",
            bookDir.resolve("chapters/gpus.md") + ":3:1: image without alt text",
            bookDir.resolve("chapters/intro.md")
                + ":7:45: missing anchor #sharing-gpus in gpus.md");
  }

  @Test
  void reportsLinksToMarkdownFilesThatAreNotChapters() throws Exception {
    writeChapter("orphan.md", "# Orphan\n");
    writeChapter("gpus.md", "# GPUs\n\nSee [the orphan](orphan.md).\n");
    assertThat(check())
        .contains(
            bookDir.resolve("chapters/gpus.md")
                + ":3:5: link to orphan.md, which is not a chapter in book.yaml");
  }
}
