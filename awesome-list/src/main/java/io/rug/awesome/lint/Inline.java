package io.rug.awesome.lint;

import java.util.List;

/**
 * An inline node shaped like the mdast node awesome-lint sees: adjacent text and soft breaks are
 * one text node, undefined references are plain text. {@code text} is the node's plain text.
 */
public record Inline(Kind kind, String text, int start, String url, List<Inline> children) {

  /** mdast node types the list rules distinguish. */
  public enum Kind {
    TEXT,
    LINK,
    LINK_REFERENCE,
    IMAGE,
    IMAGE_REFERENCE,
    INLINE_CODE,
    EMPHASIS,
    STRONG,
    DELETE,
    HTML,
    BREAK,
    FOOTNOTE_REFERENCE;

    /** True for links and link references, the "main link" candidates of a list item. */
    public boolean isLink() {
      return this == LINK || this == LINK_REFERENCE;
    }
  }

  public boolean is(Kind k) {
    return kind == k;
  }
}
