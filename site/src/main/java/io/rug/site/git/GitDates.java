package io.rug.site.git;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * "Last updated" dates from one {@code git log} over a folder, so a book of 100+ chapters costs one
 * process, not one per chapter. Outside a git repository (or without git) the map is empty, and
 * where no repository is found above the folder git is not started at all.
 */
public final class GitDates {
  private GitDates() {}

  /** Absolute file paths to the ISO date (yyyy-mm-dd) of their last commit. */
  public static Map<Path, String> lastCommitDates(Path folder) {
    if (System.getenv("GIT_DIR") == null && !insideRepository(folder)) {
      return Map.of(); // what git would answer, without starting it
    }
    Map<Path, String> dates = new HashMap<>();
    try {
      Process git =
          new ProcessBuilder("git", "log", "--format=@@%cs", "--name-only", "--relative", "--", ".")
              .directory(folder.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(git.getInputStream(), StandardCharsets.UTF_8))) {
        String date = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.startsWith("@@")) {
            date = line.substring(2);
          } else if (!line.isBlank() && date != null) {
            dates.putIfAbsent(folder.resolve(line).toAbsolutePath().normalize(), date);
          }
        }
      }
      if (!git.waitFor(10, TimeUnit.SECONDS)) {
        git.destroyForcibly();
      }
    } catch (IOException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
    return dates;
  }

  /**
   * Whether git would find a repository for {@code folder}: a {@code .git} entry (folder or file)
   * in it or above it, or a folder that is itself a repository (bare: HEAD and objects/).
   */
  static boolean insideRepository(Path folder) {
    for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))
          || (Files.isRegularFile(p.resolve("HEAD")) && Files.isDirectory(p.resolve("objects")))) {
        return true;
      }
    }
    return false;
  }
}
