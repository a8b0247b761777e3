package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The document outline as awesome-lint sees it: the Contents heading and the section headings. */
final class Outline {
  /** Sections that are not content sections and must not be in the table of contents. */
  static final Set<String> NON_CONTENT = Set.of("Contributing", "Footnotes", "Related Lists");

  private Outline() {}

  /** The first level-2 heading whose text (HTML comments removed, trimmed) is "Contents". */
  static Heading contents(Document doc) {
    for (Node n : doc.getDescendants()) {
      if (n instanceof Heading h
          && h.getLevel() == 2
          && Inlines.plainText(h).replaceAll("<!--.*?-->", "").trim().equals("Contents")) {
        return h;
      }
    }
    return null;
  }

  /** Top-level nodes (children of the document) after {@code node}. */
  static List<Node> rootChildrenAfter(Node node) {
    List<Node> out = new ArrayList<>();
    for (Node n = node.getNext(); n != null; n = n.getNext()) out.add(n);
    return out;
  }

  /** Top-level nodes before {@code node}. */
  static List<Node> rootChildrenBefore(Node node) {
    List<Node> out = new ArrayList<>();
    for (Node n = node.getDocument().getFirstChild(); n != null && n != node; n = n.getNext()) {
      out.add(n);
    }
    return out;
  }
}
