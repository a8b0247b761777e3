package io.rug.site.book.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The visible text of a node. flexmark's TextCollectingVisitor assumes unmodified source offsets,
 * which our rewritten links and admonitions no longer have.
 */
final class PlainText {
  private PlainText() {}

  static String of(Node node) {
    StringBuilder out = new StringBuilder();
    append(node, out);
    return out.toString().strip();
  }

  /** Appends the visible text of {@code node}, not stripped, to {@code out}. */
  static void append(Node node, StringBuilder out) {
    if (node instanceof Text || node instanceof CodeBlock) {
      out.append(node.getChars());
    } else if (node instanceof FencedCodeBlock f) {
      out.append(f.getContentChars()).append(' ');
    } else if (node instanceof IndentedCodeBlock i) {
      out.append(i.getContentChars()).append(' ');
    } else if (node instanceof AutoLink a) {
      out.append(a.getText());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append(' ');
    } else {
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        append(c, out);
      }
      if (node instanceof Block) {
        out.append(' ');
      }
    }
  }
}
