package io.rug.site.book.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An mdBook-style include directive, {@code {{#include path}}} with an optional 1-based inclusive
 * line range {@code path:10:20}, {@code path:10:}, {@code path::20} or a single line {@code
 * path:7}.
 *
 * @param offset position of the directive in the Markdown text
 * @param from first line, or 1
 * @param to last line, or -1 for "to the end"
 */
public record Include(String target, int from, int to, int offset, int length) {

  private static final Pattern DIRECTIVE = Pattern.compile("\\{\\{#include\\s+([^}\\s]+)\\s*}}");
  private static final Pattern RANGE = Pattern.compile("^(.*?)(?::(\\d*)(?::(\\d*))?)?$");

  /** All include directives in {@code markdown}, in order. */
  public static List<Include> find(String markdown) {
    List<Include> found = new ArrayList<>();
    if (markdown.indexOf("{{#include") < 0) {
      return found;
    }
    Matcher m = DIRECTIVE.matcher(markdown);
    while (m.find()) {
      Matcher r = RANGE.matcher(m.group(1));
      r.matches();
      String path = r.group(1);
      int from = 1;
      int to = -1;
      if (r.group(2) != null) {
        boolean single = r.group(3) == null;
        from = r.group(2).isEmpty() ? 1 : Integer.parseInt(r.group(2));
        to = single ? from : r.group(3).isEmpty() ? -1 : Integer.parseInt(r.group(3));
      }
      found.add(new Include(path, from, to, m.start(), m.end() - m.start()));
    }
    return found;
  }

  public Path resolve(Path chapterDir) {
    return chapterDir.resolve(target).normalize();
  }

  /** The selected lines (without a final newline), or an exception saying what is wrong. */
  public String read(Path chapterDir) throws IOException, IncludeException {
    Path file = resolve(chapterDir);
    if (!Files.isRegularFile(file)) {
      throw new IncludeException("include target not found: " + target);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int last = to < 0 ? lines.size() : to;
    if (from < 1 || from > lines.size() || last > lines.size() || last < from) {
      throw new IncludeException(
          "line range "
              + from
              + ":"
              + (to < 0 ? "" : to)
              + " is outside "
              + target
              + " ("
              + lines.size()
              + " lines)");
    }
    return String.join("\n", lines.subList(from - 1, last));
  }

  /** An include whose target or line range does not exist. */
  public static final class IncludeException extends Exception {
    public IncludeException(String message) {
      super(message);
    }
  }
}
