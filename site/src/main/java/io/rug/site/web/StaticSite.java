package io.rug.site.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/** The output of a static build, as seen by a section that exports pages into it. */
public interface StaticSite {

  /** The frame to wrap exported pages in; its links honour the build's {@code --base-url}. */
  PageFrame frame();

  /** The build's base URL, always ending in "/" (e.g. "/" or "/book/"). */
  String baseUrl();

  /** Writes a file at a site-relative path such as "awesome/index.html". */
  void write(String relativePath, byte[] content) throws IOException;

  /**
   * Writes a file whose bytes follow from {@code key} alone (a digest of everything they are made
   * of). The build may instead reuse the file it wrote for the same path and key last time, without
   * calling {@code content}.
   */
  default void write(String relativePath, String key, Supplier<byte[]> content) throws IOException {
    write(relativePath, content.get());
  }

  /**
   * A file for {@link #writeAll}.
   *
   * @param key what its bytes follow from (see {@link #write(String, String, Supplier)}), or null
   *     to always make it
   */
  record Keyed(String path, String key, Supplier<byte[]> content) {}

  /** Writes several files; the build may make their contents on several threads at once. */
  default void writeAll(List<Keyed> files) throws IOException {
    for (Keyed f : files) {
      if (f.key() == null) {
        write(f.path(), f.content().get());
      } else {
        write(f.path(), f.key(), f.content());
      }
    }
  }
}
