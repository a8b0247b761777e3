package io.rug.awesome.page;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.rug.awesome.lint.Inlines;
import io.rug.awesome.lint.MarkdownFile;
import io.rug.awesome.lint.Slugger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads an awesome list's Markdown into {@link AwesomeList} for the page. */
public final class AwesomeListReader {
  private static final Set<String> NOT_SECTIONS =
      Set.of("Contents", "Contributing", "Footnotes", "Related Lists");
  private final Parser parser;
  private final HtmlRenderer renderer;

  public AwesomeListReader() {
    MutableDataSet options = new MutableDataSet();
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  public AwesomeList read(MarkdownFile file) {
    String title = "";
    String intro = "";
    List<AwesomeList.Section> sections = new ArrayList<>();
    Slugger slugger = new Slugger();
    String current = null;
    String currentId = null;
    List<AwesomeList.Entry> entries = null;
    for (Node n = file.document().getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        String text = Inlines.plainText(h).trim();
        String id = slugger.slug(text);
        if (h.getLevel() == 1 && title.isEmpty()) {
          title = headingWithoutBadges(h);
        } else if (h.getLevel() == 2) {
          if (current != null)
            sections.add(new AwesomeList.Section(current, currentId, List.copyOf(entries)));
          boolean content = !NOT_SECTIONS.contains(text);
          current = content ? text : null;
          currentId = id;
          entries = new ArrayList<>();
        }
      } else if (n instanceof BlockQuote q
          && intro.isEmpty()
          && sections.isEmpty()
          && current == null) {
        intro = Inlines.plainText(q).trim();
      } else if (current != null) {
        for (Node d : n.getDescendants()) {
          if (d instanceof ListItem item && item.getFirstChild() instanceof Paragraph p) {
            entry(p, current).ifPresent(entries::add);
          }
        }
      }
    }
    if (current != null)
      sections.add(new AwesomeList.Section(current, currentId, List.copyOf(entries)));
    return new AwesomeList(title.isEmpty() ? "Awesome List" : title, intro, List.copyOf(sections));
  }

  /** The heading's own text, without the alt text of badges next to it. */
  private static String headingWithoutBadges(Heading h) {
    StringBuilder sb = new StringBuilder();
    for (io.rug.awesome.lint.Inline i : Inlines.of(h)) {
      if (i.kind() == io.rug.awesome.lint.Inline.Kind.TEXT) sb.append(i.text());
    }
    return sb.toString().trim();
  }

  private java.util.Optional<AwesomeList.Entry> entry(Paragraph p, String section) {
    if (!(p.getFirstChild() instanceof Link link)) return java.util.Optional.empty();
    String name = Inlines.plainText(link).trim();
    String rest =
        p.getChars().subSequence(link.getEndOffset() - p.getStartOffset()).toString().trim();
    if (rest.startsWith("- ")) rest = rest.substring(2);
    String html = rest.isEmpty() ? "" : inlineHtml(rest);
    String plain = rest.replaceAll("\\]\\([^)]*\\)", " ").replaceAll("[\\[\\]*_`]", " ");
    String search =
        (name + " " + plain + " " + section).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return java.util.Optional.of(
        new AwesomeList.Entry(name, link.getUrl().unescape(), html, search));
  }

  private String inlineHtml(String markdown) {
    String html = renderer.render(parser.parse(markdown)).trim();
    if (html.startsWith("<p>") && html.endsWith("</p>"))
      html = html.substring(3, html.length() - 4);
    return html;
  }
}
