package io.rug.site.book;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A chapter's Markdown with its front matter split off. The front matter lines are blanked in
 * {@link #markdown()} so that line numbers in the body match the file.
 *
 * @param title the front matter title, or null
 * @param description the front matter description, or ""
 */
public record ChapterSource(
    Book.ChapterRef ref, Path file, String raw, String markdown, String title, String description) {

  /** Reads a chapter and parses its optional YAML front matter. */
  public static ChapterSource read(Book.ChapterRef ref, Path file) throws IOException {
    return parse(ref, file, Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Splits {@code raw} into front matter and body; bad front matter is a BookInputException. */
  public static ChapterSource parse(Book.ChapterRef ref, Path file, String raw) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
      return new ChapterSource(ref, file, raw, text, null, "");
    }
    int bodyStart = -1;
    int yamlEnd = -1;
    int lines = 1;
    int pos = text.indexOf('\n') + 1;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      int end = eol < 0 ? text.length() : eol;
      String line = text.substring(pos, end).stripTrailing();
      lines++;
      if (line.equals("---") || line.equals("...")) {
        yamlEnd = pos;
        bodyStart = eol < 0 ? text.length() : eol + 1;
        break;
      }
      pos = end + 1;
    }
    if (bodyStart < 0) {
      throw new BookInputException(file, 1, 1, "front matter is not closed by a '---' line");
    }
    String yaml = "\n" + text.substring(text.indexOf('\n') + 1, yamlEnd);
    String title = null;
    String description = "";
    if (!yaml.isBlank()) {
      Node node = BookLoader.compose(file, yaml);
      BookLoader.YamlMap map = new BookLoader.YamlMap(file, node);
      title = map.string("title", false);
      String d = map.string("description", false);
      description = d == null ? "" : d;
    }
    String body = "\n".repeat(lines) + text.substring(bodyStart);
    return new ChapterSource(ref, file, raw, body, title, description);
  }
}
