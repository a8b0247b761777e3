package io.rug.awesome.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules about files: the list's own file name (remark-lint's file-name rules), and the companion
 * files awesome-lint requires next to it ({@code contributing.md}, optional code of conduct).
 */
public final class FileChecks implements Check {
  private static final Pattern IRREGULAR = Pattern.compile("[^-.\\dA-Za-z]");

  @Override
  public void run(MarkdownFile file, Problems out) {
    String name = file.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot + 1) : "";
    if (!ext.equals("md")) {
      out.onFile("Unexpected file extension `" + ext + "`, expected `md`", "file-extension");
    }
    if (stem.matches("(?i)^(the|teh|an?)\\b.*")) {
      out.onFile(
          "Unexpected file name starting with an article, remove it", "no-file-name-articles");
    }
    if (stem.contains("--")) {
      out.onFile(
          "Unexpected consecutive dashes in a file name, expected `-`",
          "no-file-name-consecutive-dashes");
    }
    Matcher m = IRREGULAR.matcher(stem);
    if (m.find()) {
      out.onFile(
          "Unexpected character `" + m.group() + "` in file name",
          "no-file-name-irregular-characters");
    }
    if (!stem.equals(stem.toLowerCase()) && !stem.equals(stem.toUpperCase())) {
      out.onFile(
          "Unexpected mixed case in file name, expected either lowercase or uppercase",
          "no-file-name-mixed-case");
    }
    if (stem.startsWith("-") || stem.endsWith("-")) {
      out.onFile(
          "Unexpected initial or final dashes in file name, expected dashes to join words",
          "no-file-name-outer-dashes");
    }
    contributing(file.path().toAbsolutePath().getParent(), out);
  }

  private static void contributing(Path dir, Problems out) {
    Optional<Path> found = companion(dir, "contributing.md");
    if (found.isEmpty()) {
      out.onFile("Missing file contributing.md", "awesome-contributing");
      return;
    }
    try {
      if (Files.readString(found.get()).isBlank()) {
        out.onFile("contributing.md file must not be empty", "awesome-contributing");
      }
    } catch (IOException e) {
      out.onFile(
          "Cannot read " + found.get().getFileName() + ": " + e.getMessage(),
          "awesome-contributing");
    }
  }

  /** A file next to the list or in its .github folder, matched case-insensitively. */
  static Optional<Path> companion(Path dir, String... names) {
    for (Path d : new Path[] {dir, dir.resolve(".github")}) {
      if (!Files.isDirectory(d)) continue;
      try (var files = Files.list(d)) {
        Optional<Path> hit =
            files
                .filter(Files::isRegularFile)
                .filter(p -> matchesAny(p.getFileName().toString(), names))
                .sorted()
                .findFirst();
        if (hit.isPresent()) return hit;
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean matchesAny(String fileName, String... names) {
    for (String n : names) if (fileName.equalsIgnoreCase(n)) return true;
    return false;
  }
}
