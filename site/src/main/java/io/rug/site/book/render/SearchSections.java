package io.rug.site.book.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Splits a rendered document into searchable sections at its level 1-3 headings. */
final class SearchSections {
  private SearchSections() {}

  static List<RenderedChapter.SearchSection> of(Document doc) {
    List<RenderedChapter.SearchSection> sections = new ArrayList<>();
    String anchor = "";
    String heading = "";
    StringBuilder text = new StringBuilder();
    for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h && h.getLevel() <= 3) {
        if (!text.isEmpty() || !heading.isEmpty()) {
          sections.add(new RenderedChapter.SearchSection(anchor, heading, text.toString().strip()));
        }
        anchor = h.getLevel() == 1 ? "" : h.getAnchorRefId();
        heading = PlainText.of(h);
        text.setLength(0);
      } else {
        text.append(PlainText.of(node)).append(' ');
      }
    }
    if (!text.isEmpty() || !heading.isEmpty()) {
      sections.add(new RenderedChapter.SearchSection(anchor, heading, text.toString().strip()));
    }
    return List.copyOf(sections);
  }
}
