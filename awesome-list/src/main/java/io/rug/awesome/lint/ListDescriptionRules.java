package io.rug.awesome.lint;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The description half of {@code awesome-list-item}: dash separator, casing, final punctuation. */
final class ListDescriptionRules {
  private static final String RULE = ListItemCheck.RULE;
  private static final Set<Inline.Kind> SUFFIX_KINDS =
      EnumSet.of(
          Inline.Kind.EMPHASIS,
          Inline.Kind.HTML,
          Inline.Kind.IMAGE,
          Inline.Kind.LINK,
          Inline.Kind.STRONG,
          Inline.Kind.TEXT);
  private static final Set<Inline.Kind> DESCRIPTION_KINDS =
      EnumSet.of(
          Inline.Kind.EMPHASIS,
          Inline.Kind.FOOTNOTE_REFERENCE,
          Inline.Kind.HTML,
          Inline.Kind.IMAGE,
          Inline.Kind.INLINE_CODE,
          Inline.Kind.LINK,
          Inline.Kind.LINK_REFERENCE,
          Inline.Kind.STRONG,
          Inline.Kind.TEXT);
  private static final Pattern PUNCT = Pattern.compile("[.!?…]");
  private static final Pattern ONLY_PARENTHETICAL = Pattern.compile("^\\s\\([^)]+\\)\\s*\\z");
  private static final Pattern PARENTHETICAL = Pattern.compile("^\\([^)]+\\)\\z");
  private static final Pattern BAD_WHITESPACE = Pattern.compile("^[\\s\\u00A0]-[\\s\\u00A0]");
  private static final Pattern DASHES = Pattern.compile("^\\s*[/\\u2013\\u2014]");
  private static final Pattern DASH_THEN_CAPITAL = Pattern.compile(" - [A-Z]");
  private static final Pattern FULLY_BACKTICKED = Pattern.compile("^`.*[.!?…]*`[.!?…]*\\z");
  private static final Pattern SEVERAL_BACKTICKS = Pattern.compile("^`.+`.+`.+\\z");
  private static final Pattern QUOTE_THEN_PUNCT = Pattern.compile("[\"”][.!?…]+\\z");
  private static final Pattern PUNCT_QUOTE_PUNCT = Pattern.compile("[.!?…][\"”][.!?…]+\\z");
  private static final Pattern ENDS_WITH_PUNCT = Pattern.compile("[.!?…][\"”]?\\z");
  private static final Pattern ENDS_WITH_PAREN = Pattern.compile("\\)\\s*\\z");
  private static final Pattern NON_WORD = Pattern.compile("[^A-Za-z0-9_]+");
  private static final Pattern WORD_SPLIT = Pattern.compile("[- ;./']");

  void check(List<Inline> description, Problems out) {
    if (description.isEmpty()) return;
    Inline prefix = description.get(0);
    Inline suffix = description.get(description.size() - 1);
    String text = Inlines.plainText(description);
    if (isSpecialCase(text)) return;
    if (!prefix.is(Inline.Kind.TEXT) || !validPrefix(text, prefix.text())) {
      if (BAD_WHITESPACE.matcher(prefix.text()).find()) {
        out.at(
            prefix.start(), "List item link and description separated by invalid whitespace", RULE);
      } else if (DASHES.matcher(prefix.text()).find()) {
        out.at(
            prefix.start(),
            "List item link and description separated by invalid en-dash or em-dash",
            RULE);
      } else if (!DASH_THEN_CAPITAL.matcher(text).find()) {
        out.at(
            prefix.start(), "List item link and description must be separated with a dash", RULE);
      }
      return;
    }
    if (!SUFFIX_KINDS.contains(suffix.kind())
        || (suffix.is(Inline.Kind.TEXT) && !validSuffix(text, suffix.text()))) {
      out.at(suffix.start(), "List item description must end with proper punctuation", RULE);
      return;
    }
    if (prefix == suffix) {
      checkCasing(prefix, out);
      return;
    }
    for (Inline node : description) {
      if (!DESCRIPTION_KINDS.contains(node.kind())) {
        out.at(node.start(), "List item description contains invalid markdown", RULE);
        return;
      }
    }
    // awesome-lint 2.3.0 never checks the casing of mixed descriptions (it tests `node.length`).
  }

  private static boolean isSpecialCase(String text) {
    if (text.startsWith(" - ")) return false;
    String stripped = Emoji.strip(text).trim();
    return stripped.isEmpty()
        || ONLY_PARENTHETICAL.matcher(text).find()
        || PARENTHETICAL.matcher(stripped).find();
  }

  private static boolean validPrefix(String text, String prefixText) {
    return prefixText.startsWith(" - ")
        || (Emoji.endsWithEmoji(prefixText) && text.equals(prefixText));
  }

  static boolean validSuffix(String text, String suffixText) {
    if (text.startsWith("`") && FULLY_BACKTICKED.matcher(text).find()) {
      return SEVERAL_BACKTICKS.matcher(text).find();
    }
    if (QUOTE_THEN_PUNCT.matcher(text).find()) {
      return !PUNCT_QUOTE_PUNCT.matcher(text).find();
    }
    if (ENDS_WITH_PUNCT.matcher(text).find()) return true;
    if (!PUNCT.matcher(text).find()) {
      List<String> tokens = words(text);
      if (tokens.size() > 2
          || tokens.isEmpty()
          || !Emoji.endsWithEmoji(tokens.get(tokens.size() - 1))) {
        return false;
      }
    }
    return ENDS_WITH_PAREN.matcher(suffixText).find() || Emoji.endsWithEmoji(suffixText);
  }

  private static List<String> words(String text) {
    return Arrays.stream(WORD_SPLIT.split(text)).filter(s -> !s.isEmpty()).toList();
  }

  private static void checkCasing(Inline prefix, Problems out) {
    String stripped = prefix.text().length() > 3 ? prefix.text().substring(3) : "";
    List<String> tokens = words(stripped);
    if (tokens.isEmpty()) {
      out.at(prefix.start(), "List item description must start with a non-empty string", RULE);
      return;
    }
    String word = tokens.get(0);
    String trimmed = stripped.trim();
    if (!trimmed.isEmpty() && "/@#$~&%".indexOf(trimmed.charAt(0)) >= 0) return;
    if (!needsCasing(word)) return;
    String cleaned = NON_WORD.matcher(word).replaceAll("");
    boolean hasUpper = cleaned.chars().anyMatch(Character::isUpperCase);
    boolean snake = cleaned.indexOf('_') > 0 && !hasUpper;
    boolean digit = word.chars().anyMatch(c -> c >= '0' && c <= '9');
    boolean quoted = "\"'(".indexOf(word.charAt(0)) >= 0;
    if ((hasUpper && !snake) || digit || quoted || word.equals("npm")) return;
    out.at(prefix.start(), "List item description must start with valid casing", RULE);
  }

  /** Casing applies to text starting in Latin script, or containing Greek or Cyrillic. */
  private static boolean needsCasing(String word) {
    if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN) {
      return true;
    }
    return word.codePoints()
        .anyMatch(
            cp ->
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
  }
}
