package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main heading (one, title case, with the Awesome badge), no licence section, and the heading
 * style rules of remark-lint that awesome-lint enables.
 */
public final class HeadingChecks implements Check {
  private static final Set<String> BADGE_LINKS =
      Set.of("https://awesome.re", "https://github.com/sindresorhus/awesome");
  private static final Set<String> BADGE_IMAGES =
      Set.of(
          "https://awesome.re/badge.svg",
          "https://awesome.re/badge-flat.svg",
          "https://awesome.re/badge-flat2.svg");
  private static final Pattern WORD = Pattern.compile("[^\\s\\-_.:/]+");
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "of", "on", "or",
          "the", "to", "v", "vs", "v.", "vs.", "via");

  @Override
  public void run(MarkdownFile file, Problems out) {
    Document doc = file.document();
    int mainHeadings = 0;
    boolean sawTopLevel = false;
    Node first = doc.getFirstChild();
    if (first instanceof HtmlBlock html && looksLikeHtmlHeading(html.getChars().toString())) {
      mainHeadings++;
    }
    for (Node n : doc.getDescendants()) {
      if (!(n instanceof Heading h)) continue;
      String text = Inlines.plainText(h);
      boolean firstInParent = h.getPrevious() == null;
      if (firstInParent) badge(file, h, out);
      if (text.toLowerCase(Locale.ROOT).equals("license")
          || text.toLowerCase(Locale.ROOT).equals("licence")) {
        out.at(h.getStartOffset(), "Forbidden license section found", "awesome-license");
      }
      if (h.getLevel() == 1 || firstInParent) {
        if (h.getLevel() > 1) {
          out.at(h.getStartOffset(), "Main list heading must be of depth 1", "awesome-heading");
        }
        for (Inline child : file.inlines(h)) {
          if (child.is(Inline.Kind.TEXT) && !isTitleCase(child.text())) {
            out.at(h.getStartOffset(), "Main heading must be in title case", "awesome-heading");
          }
        }
        if (++mainHeadings > 1) {
          out.at(h.getStartOffset(), "List can only have one heading", "awesome-heading");
        }
      }
      if (h.getLevel() == 1) {
        if (sawTopLevel) {
          out.at(
              h.getStartOffset(),
              "Unexpected duplicate toplevel heading, expected a single heading with rank `1`",
              "no-multiple-toplevel-headings");
        }
        sawTopLevel = true;
      }
      style(file, h, text, out);
    }
    if (mainHeadings == 0) {
      out.onFile("Missing main list heading", "awesome-heading");
    }
  }

  private static boolean looksLikeHtmlHeading(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    boolean headingTag =
        Pattern.compile("<h[1-6][\\s>]", Pattern.CASE_INSENSITIVE).matcher(html).find();
    boolean centered = lower.contains("align=\"center\"") || lower.contains("align='center'");
    return headingTag || (centered && lower.contains("<img"));
  }

  private static void badge(MarkdownFile file, Heading h, Problems out) {
    boolean hasBadge = false;
    for (Inline child : file.inlines(h)) {
      if (h.getLevel() != 1 || !child.is(Inline.Kind.LINK) || !BADGE_LINKS.contains(child.url())) {
        continue;
      }
      for (Inline img : child.children()) {
        if (!img.is(Inline.Kind.IMAGE)) continue;
        if (!BADGE_IMAGES.contains(img.url())) {
          out.at(img.start(), "Invalid badge source", "awesome-badge");
          return;
        }
        hasBadge = true;
      }
    }
    if (!hasBadge) {
      out.at(h.getStartOffset(), "Missing Awesome badge next to the main heading", "awesome-badge");
    }
  }

  /**
   * Title case as awesome-lint accepts it: every word capitalised, except short words (of, on, the
   * ...) in the middle of the heading, which may be lower case.
   */
  static boolean isTitleCase(String text) {
    int lastSpace = text.lastIndexOf(' ');
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      char c = m.group().charAt(0);
      if (!Character.isLowerCase(c)) continue;
      boolean small = SMALL_WORDS.contains(m.group());
      if (!small || m.start() == 0 || m.start() >= lastSpace) return false;
    }
    return true;
  }

  private static void style(MarkdownFile file, Heading h, String text, Problems out) {
    if (h.isSetextHeading() || !h.getClosingMarker().isEmpty()) {
      out.at(
          h.getStartOffset(),
          "Unexpected "
              + (h.isSetextHeading() ? "setext" : "atx-closed")
              + " heading, expected atx",
          "heading-style");
    }
    if (!text.isEmpty() && "!,.:;?".indexOf(text.charAt(text.length() - 1)) >= 0) {
      out.at(
          h.getStartOffset(),
          "Unexpected character `"
              + text.charAt(text.length() - 1)
              + "` at end of heading, remove it",
          "no-heading-punctuation");
    }
    if (h.getParent() instanceof Document && file.column(h.getStartOffset()) > 1) {
      out.at(
          h.getStartOffset(),
          "Unexpected spaces before heading, expected `0` spaces",
          "no-heading-indent");
    }
    if (h.isAtxHeading()) {
      int i = h.getOpeningMarker().getEndOffset();
      int j = i;
      String src = file.text();
      while (j < src.length() && (src.charAt(j) == ' ' || src.charAt(j) == '\t')) j++;
      if (j - i > 1) {
        out.at(
            j,
            "Unexpected `" + (j - i) + "` spaces between hashes and content, expected `1` space",
            "no-heading-content-indent");
      }
    }
  }
}
