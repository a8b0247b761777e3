package io.rug.site.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies the sample book from test resources into a temporary repository folder. */
public final class SampleBook {
  private static final List<String> FILES =
      List.of(
          "book/book.yaml",
          "book/chapters/intro.md",
          "book/chapters/gpus.md",
          "book/chapters/batch.md",
          "book/chapters/images/diagram.svg",
          "manifests/namespace.yaml");

  private SampleBook() {}

  /** Writes the sample repository under {@code root}; returns its {@code book/} folder. */
  public static Path copyTo(Path root) {
    try {
      for (String f : FILES) {
        Path target = root.resolve(f);
        Files.createDirectories(target.getParent());
        try (InputStream in = SampleBook.class.getResourceAsStream("/sample/" + f)) {
          Files.copy(in, target);
        }
      }
      return root.resolve("book");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
