package io.rug.site.fs;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New uniquely named files and folders for writing something before moving it into place. Unlike
 * {@link Files#createTempFile}, the names come from the process id and a counter, not from a
 * SecureRandom, whose set-up (security providers, the java.security file) costs a cold process
 * several milliseconds; {@code CREATE_NEW} semantics still guarantee each name is fresh.
 */
public final class ScratchPaths {
  private static final long PID = ProcessHandle.current().pid();
  private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() & 0xffffff);

  private ScratchPaths() {}

  /** A new empty folder in {@code parent} whose name starts with {@code prefix}. */
  public static Path newFolder(Path parent, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return Files.createDirectory(parent.resolve(name(prefix, "")));
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** A new empty file in {@code parent}, named {@code prefix}…{@code suffix}. */
  public static Path newFile(Path parent, String prefix, String suffix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return Files.createFile(parent.resolve(name(prefix, suffix)));
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /**
   * Moves a finished scratch file over {@code target}: atomically where the file system can, so a
   * reader sees the old file or the new one, never half of one; else by replacing it.
   */
  public static void moveIntoPlace(Path scratch, Path target) throws IOException {
    try {
      Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(scratch, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A name in {@code parent} that nothing has yet, for a folder to be moved there. */
  public static Path unusedName(Path parent, String prefix) throws IOException {
    Path p = newFolder(parent, prefix);
    Files.delete(p);
    return p;
  }

  private static String name(String prefix, String suffix) {
    return prefix + PID + "-" + Long.toString(COUNTER.incrementAndGet(), 36) + suffix;
  }
}
