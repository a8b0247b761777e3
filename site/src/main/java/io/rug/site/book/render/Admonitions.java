package io.rug.site.book.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** GitHub-style alerts: a block quote starting with {@code [!NOTE]} (or TIP, …) becomes a box. */
final class Admonitions {
  private Admonitions() {}

  /** Turns {@code > [!NOTE]} block quotes into {@link Admonition} nodes. */
  static void convert(Document doc) {
    List<BlockQuote> quotes = new ArrayList<>();
    MarkdownRenderer.walk(
        doc,
        n -> {
          if (n instanceof BlockQuote q) {
            quotes.add(q);
          }
        });
    for (BlockQuote quote : quotes) {
      if (!(quote.getFirstChild() instanceof Paragraph first)) {
        continue;
      }
      String text = first.getChars().toString();
      for (String kind : Admonition.KINDS) {
        String marker = "[!" + kind + "]";
        if (!text.regionMatches(true, 0, marker, 0, marker.length())) {
          continue;
        }
        stripMarker(first, first.getStartOffset() + marker.length());
        Admonition admonition = new Admonition(kind);
        quote.insertBefore(admonition);
        admonition.takeChildren(quote);
        quote.unlink();
        break;
      }
    }
  }

  private static void stripMarker(Paragraph paragraph, int markerEnd) {
    Node child = paragraph.getFirstChild();
    while (child != null && child.getEndOffset() <= markerEnd) {
      Node next = child.getNext();
      child.unlink();
      child = next;
    }
    if (child instanceof Text t && t.getStartOffset() < markerEnd) {
      t.setChars(t.getChars().subSequence(markerEnd - t.getStartOffset()));
    }
    while (paragraph.getFirstChild() instanceof SoftLineBreak
        || paragraph.getFirstChild() instanceof Text t2 && t2.getChars().isBlank()) {
      paragraph.getFirstChild().unlink();
    }
    if (!paragraph.hasChildren()) {
      paragraph.unlink();
    }
  }
}
