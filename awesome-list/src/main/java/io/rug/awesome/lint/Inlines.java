package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Converts flexmark inline children into mdast-shaped {@link Inline} nodes. */
public final class Inlines {
  private Inlines() {}

  /** The mdast-shaped children of a block (paragraph, heading). */
  public static List<Inline> of(Node block) {
    List<Inline> out = new ArrayList<>();
    StringBuilder text = null;
    int textStart = -1;
    for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
      String plain = textValue(n);
      if (plain != null) {
        if (text == null) {
          text = new StringBuilder();
          textStart = n.getStartOffset();
        }
        text.append(plain);
        continue;
      }
      if (text != null) {
        out.add(new Inline(Inline.Kind.TEXT, text.toString(), textStart, null, List.of()));
        text = null;
      }
      out.add(convert(n));
    }
    if (text != null) {
      out.add(new Inline(Inline.Kind.TEXT, text.toString(), textStart, null, List.of()));
    }
    return out;
  }

  /** Text contributed by a node that mdast merges into a text node, or null. */
  private static String textValue(Node n) {
    if (n instanceof Text || n instanceof TextBase) return n.getChars().unescape();
    if (n instanceof SoftLineBreak) return "\n";
    if (n instanceof HtmlEntity) return n.getChars().unescape();
    if (n instanceof LinkRef ref && !ref.isDefined()) return n.getChars().unescape();
    if (n instanceof ImageRef ref && !ref.isDefined()) return n.getChars().unescape();
    return null;
  }

  private static Inline convert(Node n) {
    int start = n.getStartOffset();
    if (n instanceof Link link) {
      return new Inline(Inline.Kind.LINK, plainText(n), start, link.getUrl().unescape(), of(n));
    }
    if (n instanceof LinkRef) {
      return new Inline(Inline.Kind.LINK_REFERENCE, plainText(n), start, null, of(n));
    }
    if (n instanceof Image image) {
      return new Inline(
          Inline.Kind.IMAGE,
          image.getText().unescape(),
          start,
          image.getUrl().unescape(),
          List.of());
    }
    if (n instanceof ImageRef) {
      return new Inline(Inline.Kind.IMAGE_REFERENCE, plainText(n), start, null, List.of());
    }
    if (n instanceof Code code) {
      return new Inline(Inline.Kind.INLINE_CODE, code.getText().toString(), start, null, List.of());
    }
    if (n instanceof StrongEmphasis) {
      return new Inline(Inline.Kind.STRONG, plainText(n), start, null, of(n));
    }
    if (n instanceof Emphasis) {
      return new Inline(Inline.Kind.EMPHASIS, plainText(n), start, null, of(n));
    }
    if (n instanceof Strikethrough) {
      return new Inline(Inline.Kind.DELETE, plainText(n), start, null, of(n));
    }
    if (n instanceof HardLineBreak) {
      return new Inline(Inline.Kind.BREAK, "\n", start, null, List.of());
    }
    if (n instanceof Footnote) {
      return new Inline(Inline.Kind.FOOTNOTE_REFERENCE, "", start, null, List.of());
    }
    if (n instanceof HtmlInline) {
      return new Inline(Inline.Kind.HTML, "", start, null, List.of());
    }
    return new Inline(Inline.Kind.TEXT, plainText(n), start, null, List.of());
  }

  /** mdast-util-to-string of a node: its text, inline code and image alt text, concatenated. */
  public static String plainText(Node node) {
    StringBuilder sb = new StringBuilder();
    appendText(node, sb);
    return sb.toString();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      String plain = textValue(n);
      if (plain != null) {
        sb.append(plain);
      } else if (n instanceof Code code) {
        sb.append(code.getText());
      } else if (n instanceof Image image) {
        sb.append(image.getText().unescape());
      } else if (n instanceof HardLineBreak) {
        sb.append('\n');
      } else {
        appendText(n, sb);
      }
    }
  }

  /** Plain text of a run of inline nodes. */
  public static String plainText(List<Inline> nodes) {
    StringBuilder sb = new StringBuilder();
    for (Inline n : nodes) sb.append(n.text());
    return sb.toString();
  }
}
