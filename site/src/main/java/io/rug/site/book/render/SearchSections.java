package io.rug.site.book.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Splits a rendered document into searchable sections at its level 1-3 headings. */
final class SearchSections {
  private SearchSections() {}

  private static RenderedChapter.SearchSection section(
      String anchor, String heading, StringBuilder text) {
    String body = text.toString();
    return new RenderedChapter.SearchSection(
        anchor, heading, SearchText.preview(body), SearchText.terms(body));
  }

  static List<RenderedChapter.SearchSection> of(Document doc) {
    List<RenderedChapter.SearchSection> sections = new ArrayList<>();
    String anchor = "";
    String heading = "";
    StringBuilder text = new StringBuilder();
    for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h && h.getLevel() <= 3) {
        if (!text.isEmpty() || !heading.isEmpty()) {
          sections.add(section(anchor, heading, text));
        }
        anchor = h.getLevel() == 1 ? "" : h.getAnchorRefId();
        heading = PlainText.of(h);
        text.setLength(0);
      } else {
        // unstripped: the preview and the terms ignore surrounding whitespace anyway
        PlainText.append(node, text);
        text.append(' ');
      }
    }
    if (!text.isEmpty() || !heading.isEmpty()) {
      sections.add(section(anchor, heading, text));
    }
    return List.copyOf(sections);
  }
}
