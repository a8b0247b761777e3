package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Rules of our own, not in awesome-lint: {@code empty-section} (a section heading after Contents
 * with no entries before the next heading). Duplicate URLs across sections are {@code double-link}.
 */
public final class SectionChecks implements Check {

  @Override
  public void run(MarkdownFile file, Problems out) {
    Heading toc = Outline.contents(file.document());
    if (toc == null) return;
    for (Node n : Outline.rootChildrenAfter(toc)) {
      if (!(n instanceof Heading h) || h.getLevel() < 2) continue;
      if (Outline.NON_CONTENT.contains(Inlines.plainText(h))) continue;
      boolean hasEntries = false;
      boolean hasSubsections = false;
      for (Node s = h.getNext(); s != null; s = s.getNext()) {
        if (s instanceof Heading next) {
          hasSubsections = next.getLevel() > h.getLevel();
          break;
        }
        if (s instanceof ListBlock) hasEntries = true;
      }
      if (!hasEntries && !hasSubsections) {
        out.at(
            h.getStartOffset(),
            "Section \"" + Inlines.plainText(h) + "\" has no entries",
            "empty-section");
      }
    }
  }
}
