package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** {@code balanced-punctuation} (quotes and CJK brackets) and {@code no-repeat-punctuation}. */
public final class PunctuationChecks implements Check {
  private static final String REPEATABLE_NOT = "！!~～,，·?？";
  private static final Map<Character, Character> PAIRS =
      Map.of(
          '\u201C', '\u201D', '\u2018', '\u2019', '\u300E', '\u300F', '\uFF08', '\uFF09', '\u300A',
          '\u300B', '\u300C', '\u300D', '\u3010', '\u3011');

  private record Open(char left, int offset) {}

  @Override
  public void run(MarkdownFile file, Problems out) {
    balanced(file, file.document(), out);
    for (Node n : file.document().getDescendants()) {
      if (n instanceof Paragraph || n instanceof Heading) repeated(file, n, out);
    }
  }

  private void balanced(MarkdownFile file, Node node, Problems out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Paragraph
          || n instanceof Heading
          || n instanceof ListItem
          || n instanceof BlockQuote) {
        checkBalance(file, TextRuns.of(file, n, false), out);
      } else {
        balanced(file, n, out);
      }
    }
  }

  private static void checkBalance(MarkdownFile file, List<TextRuns.Run> runs, Problems out) {
    StringBuilder text = new StringBuilder();
    for (TextRuns.Run r : runs) text.append(r.value());
    if (!hasPunctuation(text)) return;
    Deque<Open> stack = new ArrayDeque<>();
    boolean quoteOpen = false;
    int runIndex = 0;
    int runEnd = runs.isEmpty() ? 0 : runs.get(0).value().length();
    for (int i = 0; i < text.length(); i++) {
      while (i >= runEnd && runIndex + 1 < runs.size())
        runEnd += runs.get(++runIndex).value().length();
      char c = text.charAt(i);
      int at = runs.get(runIndex).start(); // awesome-lint reports the text node's start
      if ((c == '\u2019' || c == '\'') && isApostrophe(text, i)) continue;
      if (c == '"') {
        if (quoteOpen) {
          if (!stack.isEmpty() && stack.peekLast().left() == '"') stack.removeLast();
          else
            out.at(
                at,
                "Unmatched closing \" without corresponding opening \"",
                "balanced-punctuation");
          quoteOpen = false;
        } else {
          stack.addLast(new Open(c, at));
          quoteOpen = true;
        }
      } else if (PAIRS.containsKey(c)) {
        stack.addLast(new Open(c, at));
      } else if (PAIRS.containsValue(c)) {
        Open match = null;
        for (var it = stack.descendingIterator(); it.hasNext(); ) {
          Open o = it.next();
          if (PAIRS.get(o.left()) == c) {
            match = o;
            break;
          }
        }
        if (match == null) {
          out.at(
              at,
              "Unmatched closing " + c + " without corresponding opening",
              "balanced-punctuation");
        } else {
          stack.removeLastOccurrence(match);
        }
      }
    }
    for (Open o : stack) {
      char right = o.left() == '"' ? '"' : PAIRS.get(o.left());
      out.at(
          o.offset(),
          "Unclosed " + o.left() + " without matching closing " + right,
          "balanced-punctuation");
    }
  }

  private static boolean hasPunctuation(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || PAIRS.containsKey(c) || PAIRS.containsValue(c)) return true;
    }
    return false;
  }

  private static boolean isApostrophe(CharSequence text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : 0;
    if (!isWord(before)) return false;
    if (i + 1 >= text.length()) return true;
    char after = text.charAt(i + 1);
    return isWord(after)
        || Character.isWhitespace(after)
        || ".,;:!?()[]{}\"'—–“”‘’".indexOf(after) >= 0;
  }

  private static boolean isWord(char c) {
    return c != 0 && (Character.isLetterOrDigit(c) || c == '_');
  }

  private static void repeated(MarkdownFile file, Node block, Problems out) {
    char prev = 0;
    for (TextRuns.Run r : TextRuns.of(file, block, true)) {
      if (r.kind() != Inline.Kind.TEXT && r.kind() != Inline.Kind.INLINE_CODE) continue;
      String v = r.value();
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (REPEATABLE_NOT.indexOf(c) >= 0 && c == prev) {
          int line = TextRuns.line(file, r, i);
          out.at(
              line == file.line(r.start()) ? r.start() + i : file.lineStart(line),
              "Should not repeat \"" + c + "\"",
              "no-repeat-punctuation");
        }
        prev = c;
      }
    }
  }
}
