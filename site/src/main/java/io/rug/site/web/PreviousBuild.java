package io.rug.site.web;

import io.rug.site.fs.ScratchPaths;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the last build wrote into an output folder, by the key of what each file was made from, so
 * the next build can hard-link an unchanged file into its new tree instead of producing it again
 * (or copy it where links are not supported). The record (key, size, modification time and path per
 * line) lives in the cache folder, not in the site; a file that was changed or removed since it was
 * recorded is never reused.
 */
final class PreviousBuild {

  /** Creates {@code link} as another name of {@code existing}; Files::createLink by default. */
  interface Linker {
    void link(Path link, Path existing) throws IOException;
  }

  private record Entry(String key, long size, long modified) {}

  private final Path record;
  private final Path output;
  private final Linker linker;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> current = new HashMap<>();
  private boolean linksFail;
  private int reused;

  PreviousBuild(Path recordDir, Path output, Linker linker) {
    this.record = recordDir.resolve(name(output) + ".tsv");
    this.output = output;
    this.linker = linker;
    this.previous = read(record, output);
  }

  private static String name(Path output) {
    return "output-" + Integer.toHexString(output.hashCode());
  }

  /**
   * Where a build into {@code output} keeps the tree it replaced, for the next build to recycle.
   */
  static Path spareTree(Path recordDir, Path output) {
    return recordDir.resolve(name(output) + ".prev");
  }

  /**
   * Puts the last build's file for {@code path} at {@code target} when it was made from the same
   * {@code key} and is unchanged since; returns false (and does nothing) otherwise. The folder of
   * {@code target} must exist; whatever else is at {@code target} (in a recycled tree) is replaced,
   * unless it already is that very file.
   */
  synchronized boolean reuse(String path, String key, Path target, boolean targetMayExist)
      throws IOException {
    Entry e = previous.get(path);
    if (e == null || !e.key().equals(key)) {
      return false;
    }
    Path old = output.resolve(path);
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException gone) {
      return false;
    }
    if (!a.isRegularFile() || a.size() != e.size() || nanos(a) != e.modified()) {
      return false;
    }
    if (!linksFail) {
      try {
        link(target, old, a, targetMayExist);
        current.put(path, e);
        reused++;
        return true;
      } catch (IOException | UnsupportedOperationException | SecurityException noLinks) {
        linksFail = true; // e.g. a file system without hard links: copy from now on
      }
    }
    OutputTree.deleteTree(target);
    Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
    wrote(path, key, target);
    reused++;
    return true;
  }

  /**
   * Links {@code target} to {@code old}. Where the target probably exists (a recycled tree), it is
   * looked at first: mostly it already is that file, and a failed link would cost an exception.
   */
  private void link(Path target, Path old, BasicFileAttributes oldAttributes, boolean mayExist)
      throws IOException {
    if (mayExist) {
      BasicFileAttributes there;
      try {
        there = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException absent) {
        there = null;
      }
      if (there != null
          && there.fileKey() != null
          && there.fileKey().equals(oldAttributes.fileKey())) {
        return;
      }
      if (there != null) {
        OutputTree.deleteTree(target);
      }
    }
    try {
      linker.link(target, old);
    } catch (FileAlreadyExistsException exists) {
      Object there =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
              .fileKey();
      if (there == null || !there.equals(oldAttributes.fileKey())) {
        OutputTree.deleteTree(target);
        linker.link(target, old);
      }
    }
  }

  /** Records that this build wrote {@code file} for {@code path} from {@code key}. */
  synchronized void wrote(String path, String key, Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    current.put(path, new Entry(key, a.size(), nanos(a)));
  }

  synchronized int reused() {
    return reused;
  }

  /** Saves this build's record once its tree is in place; failing only costs the next reuse. */
  synchronized void save() {
    try {
      Files.createDirectories(record.getParent());
      Path tmp = ScratchPaths.newFile(record.getParent(), "output-", ".tmp");
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(output.toString());
        w.write('\n');
        for (Map.Entry<String, Entry> e : current.entrySet()) {
          Entry v = e.getValue();
          w.write(v.key() + "\t" + v.size() + "\t" + v.modified() + "\t" + e.getKey() + "\n");
        }
      }
      ScratchPaths.moveIntoPlace(tmp, record);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(record);
      } catch (IOException ignored) {
        // the record's output no longer matches it; its size and time checks still apply
      }
    }
  }

  private static Map<String, Entry> read(Path record, Path output) {
    Map<String, Entry> entries = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(record, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return entries;
    } catch (IOException | RuntimeException e) {
      return entries;
    }
    if (lines.isEmpty() || !lines.get(0).equals(output.toString())) {
      return entries;
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", 4);
      if (f.length == 4) {
        try {
          entries.put(f[3], new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
        } catch (NumberFormatException ignored) {
          // a damaged line only loses that file's reuse
        }
      }
    }
    return entries;
  }

  private static long nanos(BasicFileAttributes a) {
    return a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }
}
