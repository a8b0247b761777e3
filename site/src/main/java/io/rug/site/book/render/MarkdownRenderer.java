package io.rug.site.book.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.rug.site.book.ChapterSource;
import io.rug.site.highlight.CodeHighlighter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark: GFM tables, task lists, strikethrough, footnotes, autolinks,
 * GitHub-style heading ids and alerts, include directives and build-time highlighted code. Safe to
 * share between threads.
 */
public final class MarkdownRenderer {
  private static final Pattern FENCE_LANGUAGE =
      Pattern.compile("^ {0,3}(?:```+|~~~+)[ \\t]*([A-Za-z][A-Za-z0-9_+-]*)", Pattern.MULTILINE);

  private final CodeHighlighter highlighter;
  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer(CodeHighlighter highlighter) {
    this.highlighter = highlighter;
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            TaskListExtension.create(),
            StrikethroughExtension.create(),
            FootnoteExtension.create(),
            new Autolinks()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(TablesExtension.CLASS_NAME, "table");
    // GitHub's table rules
    options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(
        TaskListExtension.ITEM_DONE_MARKER,
        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\""
            + " disabled=\"disabled\" aria-label=\"done\" />&nbsp;");
    options.set(
        TaskListExtension.ITEM_NOT_DONE_MARKER,
        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\""
            + " aria-label=\"not done\" />&nbsp;");
    options.toImmutable();
    parser = Parser.builder(options).build();
    renderer =
        HtmlRenderer.builder(options)
            .nodeRendererFactory(o -> new SiteNodeRenderer(highlighter))
            .attributeProviderFactory(
                new IndependentAttributeProviderFactory() {
                  @Override
                  public com.vladsch.flexmark.html.AttributeProvider apply(
                      LinkResolverContext context) {
                    return MarkdownRenderer::attributes;
                  }
                })
            .build();
  }

  private static void attributes(
      Node node,
      AttributablePart part,
      com.vladsch.flexmark.util.html.MutableAttributes attributes) {
    if (node instanceof Heading h && h.getAnchorRefId() != null) {
      attributes.replaceValue("id", h.getAnchorRefId());
    } else if (node instanceof Image && part == AttributablePart.NODE) {
      attributes.replaceValue("loading", "lazy");
    }
  }

  /** Parses Markdown as the renderer sees it (include directives not expanded). */
  public Document parse(String markdown) {
    return parser.parse(markdown);
  }

  /** Renders one chapter; problems with includes become warnings and a visible note. */
  public RenderedChapter render(ChapterSource source, LinkContext links) {
    Path chapterDir = source.file().toAbsolutePath().normalize().getParent();
    List<String> warnings = new ArrayList<>();
    String markdown = expandIncludes(source, chapterDir, warnings);
    prepareLexers(markdown);
    Document doc = parser.parse(markdown);
    Admonitions.convert(doc);
    HeadingIds ids = new HeadingIds();
    List<RenderedChapter.TocEntry> toc = new ArrayList<>();
    String[] h1 = {null};
    walk(
        doc,
        node -> {
          if (node instanceof Heading h) {
            String text = PlainText.of(h);
            h.setAnchorRefId(ids.next(text));
            if (h.getLevel() == 1 && h1[0] == null) {
              h1[0] = text;
            } else if (h.getLevel() == 2 || h.getLevel() == 3) {
              toc.add(new RenderedChapter.TocEntry(h.getLevel(), h.getAnchorRefId(), text));
            }
          } else if (node instanceof Link link) {
            link.setUrl(BasedSequence.of(links.rewrite(link.getUrl().toString(), chapterDir)));
          } else if (node instanceof Image image) {
            image.setUrl(BasedSequence.of(links.rewrite(image.getUrl().toString(), chapterDir)));
          }
        });
    String title = source.title() != null ? source.title() : h1[0];
    if (title == null) {
      title = source.ref().slug();
    }
    return new RenderedChapter(
        source.ref().slug(),
        title,
        source.description(),
        wrapTables(renderer.render(doc)),
        h1[0] != null,
        List.copyOf(toc),
        SearchSections.of(doc),
        List.copyOf(warnings),
        "");
  }

  /**
   * Lexers the code blocks will need and nobody has prepared yet are prepared on a thread of their
   * own while the Markdown is parsed: in a fresh process their set-up would otherwise follow the
   * parse on this thread. A fence-like line that is not a code block only costs a lexer made early.
   */
  private void prepareLexers(String markdown) {
    List<String> languages = new ArrayList<>();
    Matcher m = FENCE_LANGUAGE.matcher(markdown);
    while (m.find()) {
      languages.add(m.group(1));
    }
    List<String> todo = highlighter.unprepared(languages);
    if (!todo.isEmpty()) {
      Thread side = new Thread(() -> highlighter.prepare(todo), "rug-lexers");
      side.setDaemon(true);
      side.start();
    }
  }

  /** Wide tables scroll inside a focusable box, so keyboard users can scroll them too. */
  private static String wrapTables(String html) {
    if (!html.contains("<table class=\"table\">")) {
      return html;
    }
    return html.replace(
            "<table class=\"table\">",
            "<div class=\"table-wrap\" tabindex=\"0\"><table class=\"table\">")
        .replace("</table>", "</table></div>")
        .transform(MarkdownRenderer::emptyHeaderCellsAsData);
  }

  /**
   * An empty corner cell is not a header (screen readers would announce a blank one): {@code
   * <th…>}, whitespace, {@code </th>} becomes {@code <td…></td>}. The same as replacing the regex
   * {@code <th( [^>]*)?>\s*</th>} with {@code <td$1></td>}, in one scan without a regex engine over
   * the whole page.
   */
  static String emptyHeaderCellsAsData(String html) {
    StringBuilder out = null;
    int copied = 0;
    int at = html.indexOf("<th");
    while (at >= 0) {
      int next = at + 3;
      int attrsEnd = -1;
      if (next < html.length() && html.charAt(next) == '>') {
        attrsEnd = next;
      } else if (next < html.length() && html.charAt(next) == ' ') {
        attrsEnd = html.indexOf('>', next);
      }
      if (attrsEnd >= 0) {
        int close = attrsEnd + 1;
        while (close < html.length() && " \t\n\u000B\f\r".indexOf(html.charAt(close)) >= 0) {
          close++;
        }
        if (html.startsWith("</th>", close)) {
          if (out == null) {
            out = new StringBuilder(html.length());
          }
          out.append(html, copied, at)
              .append("<td")
              .append(html, at + 3, attrsEnd)
              .append("></td>");
          copied = close + 5;
          next = copied;
        }
      }
      at = html.indexOf("<th", next);
    }
    return out == null ? html : out.append(html, copied, html.length()).toString();
  }

  private static String expandIncludes(ChapterSource source, Path dir, List<String> warnings) {
    String md = source.markdown();
    List<Include> includes = Include.find(md);
    if (includes.isEmpty()) {
      return md;
    }
    StringBuilder out = new StringBuilder(md.length() + 4096);
    int pos = 0;
    for (Include inc : includes) {
      out.append(md, pos, inc.offset());
      try {
        out.append(inc.read(dir));
      } catch (IOException | Include.IncludeException e) {
        warnings.add(source.file() + ": " + e.getMessage());
        out.append("[include failed: ").append(e.getMessage()).append(']');
      }
      pos = inc.offset() + inc.length();
    }
    return out.append(md, pos, md.length()).toString();
  }

  /** The text a heading's id is made from. */
  public static String headingText(Heading heading) {
    return PlainText.of(heading);
  }

  static void walk(Node node, Consumer<Node> visit) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      visit.accept(child);
      if (!(child instanceof FencedCodeBlock)) {
        walk(child, visit);
      }
      child = next;
    }
  }
}
