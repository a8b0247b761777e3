package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** The mdast text nodes of a block, with their start offsets, for the character-level rules. */
final class TextRuns {
  /** One mdast text-like node: its value and where it starts. */
  record Run(String value, int start, Inline.Kind kind) {}

  private TextRuns() {}

  /** Runs of every paragraph and heading inside {@code container} (itself included). */
  static List<Run> of(MarkdownFile file, Node container, boolean withCode) {
    List<Run> out = new ArrayList<>();
    if (container instanceof Paragraph || container instanceof Heading) {
      add(file.inlines(container), withCode, out);
      return out;
    }
    for (Node n : container.getDescendants()) {
      if (n instanceof Paragraph || n instanceof Heading) add(file.inlines(n), withCode, out);
    }
    return out;
  }

  private static void add(List<Inline> inlines, boolean withCode, List<Run> out) {
    for (Inline i : inlines) {
      switch (i.kind()) {
        case TEXT -> out.add(new Run(i.text(), i.start(), i.kind()));
        case INLINE_CODE -> {
          if (withCode) out.add(new Run("\u200b", i.start(), i.kind()));
        }
        case LINK, LINK_REFERENCE, EMPHASIS, STRONG, DELETE -> add(i.children(), withCode, out);
        default -> {}
      }
    }
  }

  /** 1-based line of character {@code index} of a run (mdast counts line breaks in the value). */
  static int line(MarkdownFile file, Run run, int index) {
    int line = file.line(run.start());
    for (int k = 0; k < index; k++) if (run.value().charAt(k) == '\n') line++;
    return line;
  }
}
