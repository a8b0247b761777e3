package io.rug.site.book.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.book.Book;
import io.rug.site.book.BookLoader;
import io.rug.site.book.ChapterSource;
import io.rug.site.highlight.CodeHighlighter;
import io.rug.site.testing.SampleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownRendererTest {
  @TempDir Path root;
  Book book;
  final MarkdownRenderer renderer = new MarkdownRenderer(new CodeHighlighter());

  @BeforeEach
  void loadSample() throws Exception {
    book = new BookLoader().load(SampleBook.copyTo(root));
  }

  private RenderedChapter render(String slug, boolean fileLinks) throws Exception {
    Book.ChapterRef ref = book.chapterBySlug(slug).orElseThrow();
    return renderer.render(
        ChapterSource.read(ref, book.chapterPath(ref)), BookRenderer.links(book, fileLinks));
  }

  @Test
  void rendersGfmTablesTaskListsAndFootnotes() throws Exception {
    String html = render("intro", false).bodyHtml();
    assertThat(html)
        .contains(
            "<div class=\"table-wrap\" tabindex=\"0\"><table class=\"table\">", "<td>volcano</td>");
    assertThat(html).contains("type=\"checkbox\"", "checked=\"checked\"", "aria-label=\"done\"");
    assertThat(html).contains("class=\"footnote-ref\"", "The 2020 talk.");
  }

  @Test
  void turnsGithubAlertsIntoAdmonitionsAndKeepsPlainQuotes() throws Exception {
    String html = render("intro", false).bodyHtml();
    assertThat(html).contains("<div class=\"admonition note\" role=\"note\">");
    assertThat(html).contains("<p class=\"admonition-title\">Note</p>");
    assertThat(html).contains("Kubernetes was built for services.");
    assertThat(html).doesNotContain("[!NOTE]");
    assertThat(html).contains("<blockquote>");
  }

  @Test
  void codeBlocksKeepTheirLeadingIndentation() throws Exception {
    String text = render("gpus", false).bodyHtml().replaceAll("<[^>]+>", "");
    assertThat(text).contains("def fraction(milli):\n    return milli / 1000");
  }

  @Test
  void expandsIncludeLineRangeInsideCodeBlock() throws Exception {
    RenderedChapter intro = render("intro", false);
    assertThat(intro.bodyHtml()).contains("Namespace").contains("apiVersion");
    assertThat(intro.bodyHtml()).doesNotContain("example group namespace", "astro-lab");
    assertThat(intro.warnings()).isEmpty();
  }

  @Test
  void reportsMissingIncludeAsWarningAndVisibleNote() throws Exception {
    Path intro = book.chapterPath(book.chapterBySlug("intro").orElseThrow());
    Files.writeString(intro, "# Intro\n\n```\n{{#include ../nope.yaml}}\n```\n");
    RenderedChapter chapter = render("intro", false);
    assertThat(chapter.warnings()).singleElement().asString().contains("nope.yaml");
    assertThat(chapter.bodyHtml()).contains("include failed");
  }

  @Test
  void highlightsCodeAtBuildTime() throws Exception {
    String html = render("intro", false).bodyHtml();
    assertThat(html).contains("<pre class=\"code\" data-lang=\"bash\"");
    assertThat(html).contains("<span class=\"tok-c\"># a comment</span>");
    assertThat(render("gpus", false).bodyHtml()).contains("<span class=\"tok-k\">def</span>");
  }

  @Test
  void givesHeadingsGithubStyleUniqueIds() throws Exception {
    RenderedChapter gpus = render("gpus", false);
    assertThat(gpus.bodyHtml()).contains("<h1 id=\"gpus\">", "<h2 id=\"sharing-gpus\">");
    assertThat(gpus.bodyHtml()).contains("<h2 id=\"sharing-gpus-1\">");
    assertThat(gpus.toc())
        .extracting(RenderedChapter.TocEntry::id)
        .containsExactly("sharing-gpus", "sharing-gpus-1");
    assertThat(HeadingIds.slugify("What's new in v1.2? (GPU & MIG)"))
        .isEqualTo("whats-new-in-v12-gpu--mig");
  }

  @Test
  void rewritesChapterLinksToPagesAndImagesToCopiedFiles() throws Exception {
    String pretty = render("intro", false).bodyHtml();
    assertThat(pretty).contains("href=\"../gpus/#sharing-gpus\"", "href=\"../batch-scheduling/\"");
    assertThat(pretty).contains("src=\"../images/diagram.svg\"", "alt=\"A small diagram\"");
    String files = render("intro", true).bodyHtml();
    assertThat(files).contains("href=\"../gpus/index.html#sharing-gpus\"");
  }

  @Test
  void takesTitleFromFrontMatterElseFirstHeading() throws Exception {
    assertThat(render("batch-scheduling", false).title()).isEqualTo("Batch scheduling and MPI");
    assertThat(render("batch-scheduling", false).hasH1()).isFalse();
    assertThat(render("intro", false).title()).isEqualTo("Introduction");
    assertThat(render("intro", false).description())
        .isEqualTo("Why research workloads are different.");
  }

  @Test
  void splitsSearchSectionsAtHeadings() throws Exception {
    RenderedChapter gpus = render("gpus", false);
    assertThat(gpus.sections())
        .extracting(RenderedChapter.SearchSection::anchor)
        .containsExactly("", "sharing-gpus", "sharing-gpus-1");
    assertThat(gpus.sections().get(1).preview()).startsWith("Time-slicing and MIG let");
    assertThat(gpus.sections().get(1).terms().split(" "))
        .contains("time", "slicing", "mig", "pods", "fraction")
        .doesNotHaveDuplicates()
        .doesNotContain("a");
  }

  @Test
  void rendersAnEmptyCornerHeaderCellAsDataCell() {
    ChapterSource src =
        ChapterSource.parse(
            new Book.ChapterRef("t.md", "t", 1, 1),
            root.resolve("book/chapters/t.md"),
            "# T\n\n|  | A |\n|--|---|\n| x | 1 |\n");
    String html = renderer.render(src, BookRenderer.links(book, false)).bodyHtml();
    assertThat(html).contains("<td></td>").contains("<th>A</th>").doesNotContain("<th></th>");
  }
}
