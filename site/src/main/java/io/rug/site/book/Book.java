package io.rug.site.book;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The book as described by {@code book.yaml}: title, description, the "edit this page" URL prefix
 * and the chapters in reading order, grouped in parts.
 *
 * @param dir the book folder (holds book.yaml and chapters/)
 * @param repoRoot the repository root the edit URL and includes are relative to
 */
public record Book(
    Path dir, Path repoRoot, String title, String description, String editUrl, List<Part> parts) {

  /** One part of the book. */
  public record Part(String title, List<ChapterRef> chapters) {}

  /**
   * A chapter entry of book.yaml.
   *
   * @param file path relative to {@code chapters/}
   * @param line 1-based line of the entry in book.yaml (for error messages)
   */
  public record ChapterRef(String file, String slug, int line, int column) {}

  public Path yamlFile() {
    return dir.resolve("book.yaml");
  }

  public Path chaptersDir() {
    return dir.resolve("chapters");
  }

  public Path chapterPath(ChapterRef ref) {
    return chaptersDir().resolve(ref.file()).normalize();
  }

  /** All chapters in reading order. */
  public List<ChapterRef> chapters() {
    return parts.stream().flatMap(p -> p.chapters().stream()).toList();
  }

  public Optional<ChapterRef> chapterBySlug(String slug) {
    return chapters().stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  /** The chapter a file belongs to, if book.yaml lists it. */
  public Optional<ChapterRef> chapterByPath(Path file) {
    Path normalized = file.toAbsolutePath().normalize();
    return chapters().stream()
        .filter(c -> chapterPath(c).toAbsolutePath().normalize().equals(normalized))
        .findFirst();
  }
}
