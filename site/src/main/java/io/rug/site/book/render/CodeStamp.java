package io.rug.site.book.render;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * When the given classes were built (their jar's or class files' modification time), so output
 * cached by one build of the code is never reused by another. Without a readable stamp, a value
 * unique to this process, so nothing is shared.
 */
public final class CodeStamp {
  private CodeStamp() {}

  public static String of(Class<?>... classes) {
    long newest = 0;
    for (Class<?> c : classes) {
      try {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !location.getProtocol().equals("file")) {
          return "unknown-" + System.nanoTime();
        }
        Path path = Path.of(location.toURI());
        if (Files.isDirectory(path)) { // classes folder: the class file itself
          path = path.resolve(c.getName().replace('.', '/') + ".class");
        }
        newest = Math.max(newest, Files.getLastModifiedTime(path).toMillis());
      } catch (IOException | URISyntaxException | RuntimeException e) {
        return "unknown-" + System.nanoTime();
      }
    }
    return Long.toString(newest);
  }
}
