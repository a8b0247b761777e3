package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Set;

/** The Markdown style rules of remark-lint that awesome-lint enables (see contributing.md). */
public final class StyleChecks implements Check {
  private static final Set<String> SHELL =
      Set.of("sh", "bash", "bats", "cgi", "command", "fcgi", "ksh", "shell", "tmux", "tool", "zsh");

  @Override
  public void run(MarkdownFile file, Problems out) {
    String text = file.text();
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      out.at(
          text.length(),
          "Unexpected missing final newline character, expected line feed (`\\n`) at end of file",
          "final-newline");
    }
    Character bullet = null;
    Character ordered = null;
    Character emphasis = null;
    Character strong = null;
    for (Node n : file.document().getDescendants()) {
      if (n instanceof ListItem item) {
        listItem(file, item, out);
        char marker = item.getOpeningMarker().charAt(item.getOpeningMarker().length() - 1);
        if (item instanceof BulletListItem) {
          if (bullet == null) bullet = marker;
          else if (marker != bullet)
            out.at(
                n.getStartOffset(),
                "Unexpected unordered list marker `" + marker + "`, expected `" + bullet + "`",
                "unordered-list-marker-style");
        } else if (item instanceof OrderedListItem) {
          if (ordered == null) ordered = marker;
          else if (marker != ordered)
            out.at(
                n.getStartOffset(),
                "Unexpected ordered list marker `" + marker + "`, expected `" + ordered + "`",
                "ordered-list-marker-style");
        }
      } else if (n instanceof OrderedList list) {
        orderedValues(list, out);
      } else if (n instanceof StrongEmphasis s) {
        char m = s.getOpeningMarker().charAt(0);
        if (strong == null) strong = m;
        else if (m != strong)
          out.at(
              n.getStartOffset(),
              "Unexpected strong marker `" + m + "`, expected `" + strong + "`",
              "strong-marker");
      } else if (n instanceof Emphasis e) {
        char m = e.getOpeningMarker().charAt(0);
        if (emphasis == null) emphasis = m;
        else if (m != emphasis)
          out.at(
              n.getStartOffset(),
              "Unexpected emphasis marker `" + m + "`, expected `" + emphasis + "`",
              "emphasis-marker");
      } else if (n instanceof IndentedCodeBlock) {
        out.at(
            n.getStartOffset(),
            "Unexpected indented code block, expected fenced code blocks",
            "code-block-style");
      } else if (n instanceof FencedCodeBlock f) {
        fenced(f, out);
      } else if (n instanceof ThematicBreak && !n.getChars().trim().toString().equals("---")) {
        out.at(
            n.getStartOffset(),
            "Unexpected thematic rule `" + n.getChars().trim() + "`, expected `---`",
            "rule-style");
      } else if (n instanceof HardLineBreak br) {
        int spaces = 0;
        while (spaces < br.getChars().length() && br.getChars().charAt(spaces) == ' ') spaces++;
        if (spaces > 2)
          out.at(
              n.getStartOffset(),
              "Unexpected `" + spaces + "` spaces for hard break, expected `2` spaces",
              "hard-break-spaces");
      } else if (n instanceof Paragraph p) {
        emphasisAsHeading(file, p, out);
      } else if (n instanceof BlockQuote q && q.getFirstChild() != null) {
        int indent = q.getFirstChild().getStartOffset() - q.getOpeningMarker().getStartOffset();
        if (file.line(q.getFirstChild().getStartOffset()) == file.line(q.getStartOffset())
            && indent != 2) {
          out.at(
              n.getStartOffset(),
              "Unexpected `"
                  + (indent - 1)
                  + "` spaces between block quote marker and content, expected `1` space",
              "blockquote-indentation");
        }
      } else if (n instanceof Link l
          && !l.getTitle().isEmpty()
          && l.getTitleOpeningMarker().charAt(0) != '\'') {
        out.at(
            n.getStartOffset(),
            "Unexpected title marker `" + l.getTitleOpeningMarker() + "`, expected `'`",
            "link-title-style");
      }
    }
    for (Node n = file.document().getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof com.vladsch.flexmark.ast.ListBlock) {
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          if (file.column(item.getStartOffset()) > 1) {
            out.at(
                item.getStartOffset(),
                "Unexpected `"
                    + (file.column(item.getStartOffset()) - 1)
                    + "` spaces before list item, expected `0` spaces",
                "list-item-bullet-indent");
          }
        }
      }
    }
  }

  private static void listItem(MarkdownFile file, ListItem item, Problems out) {
    Node head = item.getFirstChild();
    if (head == null) return;
    int markerEnd = item.getOpeningMarker().getEndOffset();
    if (file.line(head.getStartOffset()) != file.line(markerEnd)) return;
    int content = head.getStartOffset();
    String between = file.text().substring(markerEnd, content);
    int checkbox = between.indexOf('[');
    if (checkbox >= 0) between = between.substring(0, checkbox);
    int spaces = between.length();
    if (spaces != 1) {
      out.at(
          markerEnd + spaces,
          "Unexpected `"
              + spaces
              + "` spaces between list item marker and content, expected `1` space",
          "list-item-indent");
    }
  }

  private static void orderedValues(OrderedList list, Problems out) {
    int expected = list.getStartNumber();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext(), expected++) {
      if (!(n instanceof OrderedListItem item)) continue;
      String digits = item.getOpeningMarker().toString().replaceAll("\\D", "");
      if (!digits.isEmpty() && Integer.parseInt(digits) != expected) {
        out.at(
            n.getStartOffset(),
            "Unexpected ordered list item value `" + digits + "`, expected `" + expected + "`",
            "ordered-list-marker-value");
      }
    }
  }

  private static void fenced(FencedCodeBlock f, Problems out) {
    if (f.getOpeningMarker().charAt(0) != '`') {
      out.at(
          f.getStartOffset(),
          "Unexpected fenced code marker `~~~`, expected `` ``` ``",
          "fenced-code-marker");
    }
    String lang = f.getInfo().toString().trim().split("\\s+")[0];
    if (!SHELL.contains(lang)) return;
    List<String> lines = f.getContentChars().toString().lines().filter(l -> !l.isBlank()).toList();
    if (!lines.isEmpty() && lines.stream().allMatch(l -> l.trim().startsWith("$ "))) {
      out.at(
          f.getStartOffset(),
          "Unexpected shell code prefixed by dollars, expected no dollars",
          "no-shell-dollars");
    }
  }

  private static void emphasisAsHeading(MarkdownFile file, Paragraph p, Problems out) {
    if (!(p.getNext() instanceof Paragraph) || p.getParent() == null) return;
    List<Inline> kids = file.inlines(p);
    if (kids.size() == 1
        && (kids.get(0).is(Inline.Kind.EMPHASIS) || kids.get(0).is(Inline.Kind.STRONG))) {
      out.at(
          p.getStartOffset(),
          "Unexpected "
              + (kids.get(0).is(Inline.Kind.STRONG) ? "strong" : "emphasis")
              + " introducing a section, expected a heading instead",
          "no-emphasis-as-heading");
    }
  }
}
