package io.rug.site.book.render;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;

/** A GitHub-style alert ({@code > [!NOTE]}), replacing the block quote it was written as. */
final class Admonition extends Block {
  static final String[] KINDS = {"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"};

  private final String kind;

  Admonition(String kind) {
    this.kind = kind;
  }

  String kind() {
    return kind;
  }

  String cssClass() {
    return kind.toLowerCase(Locale.ROOT);
  }

  String label() {
    return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
