package io.rug.site.web;

import io.rug.site.fs.ScratchPaths;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The folder a build writes the new site into, next to the output. It starts empty, or it is the
 * tree that the last build replaced (kept in the record folder, see {@link StaticBuild}): replacing
 * an output of a hundred page folders otherwise costs a hundred mkdir and rmdir calls, and on a
 * busy ext4 journal those take longer than rendering the whole book. In a recycled tree a file that
 * already holds the right bytes is kept; any other is replaced by a new file, never rewritten in
 * place (it may share its inode with the live output through a hard link); and whatever this build
 * did not write is removed before the tree is swapped in.
 */
final class OutputTree {
  private final Path dir;
  private final boolean recycled;
  private final Set<Path> folders = new HashSet<>();
  private final Set<Path> written = new HashSet<>();

  private OutputTree(Path dir, boolean recycled) {
    this.dir = dir;
    this.recycled = recycled;
  }

  /**
   * A new folder next to {@code target}, holding the tree kept at {@code spare} when there is one
   * on the same file system (null: always start empty).
   */
  static OutputTree create(Path target, Path spare) throws IOException {
    Path tmp = ScratchPaths.newFolder(target.getParent(), "." + target.getFileName() + ".tmp-");
    if (spare == null || !Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
      return new OutputTree(tmp, false);
    }
    try {
      // replaces the empty folder; fails across file systems, or when another build took it
      Files.move(spare, tmp, StandardCopyOption.ATOMIC_MOVE);
      return new OutputTree(tmp, true);
    } catch (AtomicMoveNotSupportedException | NoSuchFileException e) {
      return new OutputTree(tmp, false);
    } catch (IOException e) {
      Files.createDirectories(tmp);
      return new OutputTree(tmp, false);
    }
  }

  Path dir() {
    return dir;
  }

  boolean recycled() {
    return recycled;
  }

  /** The file for a site-relative path, its folder created; the build will write it. */
  Path resolve(String relativePath) throws IOException {
    Path file = dir.resolve(relativePath).normalize();
    if (!file.startsWith(dir) || file.equals(dir) || relativePath.startsWith("/")) {
      throw new IllegalArgumentException("path outside the site: " + relativePath);
    }
    Path folder = file.getParent();
    if (folders.add(folder)) {
      if (recycled) {
        folder(folder);
      } else {
        Files.createDirectories(folder);
      }
    }
    if (recycled) {
      written.add(file);
    }
    return file;
  }

  /** Puts {@code content} at {@code file} (from {@link #resolve}) as a new file unless it is. */
  void write(Path file, byte[] content) throws IOException {
    if (recycled) {
      BasicFileAttributes a = attributes(file);
      if (a != null) {
        if (a.isRegularFile()
            && a.size() == content.length
            && Arrays.equals(Files.readAllBytes(file), content)) {
          return;
        }
        deleteTree(file);
      }
    }
    Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Removes what a recycled tree holds beyond the files resolved in this build. */
  void removeUnwritten() throws IOException {
    if (!recycled) {
      return;
    }
    Set<Path> keep = new HashSet<>();
    for (Path f : written) {
      for (Path p = f.getParent(); !p.equals(dir) && keep.add(p); p = p.getParent()) {
        // every folder above a written file stays
      }
    }
    prune(dir, keep);
  }

  private void prune(Path folder, Set<Path> keep) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        if (keep.contains(p) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          prune(p, keep);
        } else if (!written.contains(p)) {
          deleteTree(p);
        }
      }
    }
  }

  /**
   * Swaps this tree in as {@code target}. With a {@code spare} location (in the record folder) the
   * replaced tree is kept there for the next build to recycle; otherwise, or when that fails
   * (another file system), it is deleted.
   */
  void swapInto(Path target, Path spare) throws IOException {
    Path tmp = dir;
    if (!Files.exists(target)) {
      move(tmp, target);
      return;
    }
    if (spare != null && !Files.exists(spare, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.createDirectories(spare.getParent());
        Files.move(target, spare, StandardCopyOption.ATOMIC_MOVE);
        move(tmp, target);
        return;
      } catch (IOException notKept) {
        // e.g. the record folder is on another file system: replace and delete as below
      }
    }
    Path old = ScratchPaths.unusedName(target.getParent(), "." + target.getFileName() + ".old-");
    move(target, old);
    move(tmp, target);
    deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    deleteRecursively(dir);
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
        for (Path p : entries) {
          deleteRecursively(p);
        }
      }
    }
    Files.delete(path);
  }

  /** Makes {@code folder} a real folder, replacing a file or link that stands in its way. */
  private void folder(Path folder) throws IOException {
    BasicFileAttributes a = attributes(folder);
    if (a != null && a.isDirectory()) {
      return;
    }
    if (!folder.equals(dir)) {
      folder(folder.getParent());
    }
    if (a != null) {
      deleteTree(folder);
    }
    Files.createDirectory(folder);
  }

  private static BasicFileAttributes attributes(Path p) throws IOException {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
