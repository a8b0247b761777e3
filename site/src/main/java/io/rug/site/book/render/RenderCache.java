package io.rug.site.book.render;

import io.rug.site.book.ChapterSource;
import io.rug.site.fs.ScratchPaths;
import io.rug.site.highlight.CodeHighlighter;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rendered chapters on disk, keyed by a hash of everything the HTML depends on: the renderer
 * version, the chapter text, the contents of its includes and the book's link table. A stale or
 * corrupt entry is simply a miss.
 */
public final class RenderCache {
  /** Bump when the renderer's output changes. */
  private static final String VERSION = "rug-render-6";

  private static final byte[] MISSING = {0, '?'};

  private final Path dir;
  private final String codeVersion;
  private LinkContext lastLinks;
  private String lastLinksDigest;

  public RenderCache(Path dir) {
    this.dir = dir;
    this.codeVersion =
        VERSION
            + "@"
            + CodeStamp.of(
                MarkdownRenderer.class,
                SiteNodeRenderer.class,
                RenderCache.class,
                CachedChapterFormat.class,
                CodeHighlighter.class);
  }

  public String key(ChapterSource source, LinkContext links) throws IOException {
    return key(source.file(), source.ref().slug(), source.raw(), links);
  }

  /** The key of a chapter stored in {@code file} with text {@code raw}, before parsing it. */
  public String key(Path file, String slug, String raw, LinkContext links) throws IOException {
    Path chapterFile = file.toAbsolutePath().normalize();
    Fingerprint key = new Fingerprint().add(codeVersion).add(chapterFile.toString()).add(slug);
    key.add(linksDigest(links)).add(raw);
    for (Include inc : Include.find(raw)) {
      Path target = inc.resolve(chapterFile.getParent());
      key.add(Files.isRegularFile(target) ? Files.readAllBytes(target) : MISSING);
    }
    return key.hex();
  }

  /** The link table is the same for every chapter of a build, so it is digested once. */
  private synchronized String linksDigest(LinkContext links) {
    if (links != lastLinks) {
      lastLinksDigest =
          new Fingerprint()
              .add(links.fileLinks() + "|" + links.blobUrl() + "|" + links.chaptersDir())
              .add(new TreeMap<>(links.slugByFile()).toString())
              .hex();
      lastLinks = links;
    }
    return lastLinksDigest;
  }

  public Optional<RenderedChapter> read(String key) {
    try {
      return Optional.of(
          CachedChapterFormat.decode(Files.readAllBytes(dir.resolve(key + ".bin")), key));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // absent, truncated or damaged: render instead
    }
  }

  public void write(String key, RenderedChapter c) throws IOException {
    Files.createDirectories(dir);
    Path tmp = ScratchPaths.newFile(dir, key, ".tmp");
    Files.write(tmp, CachedChapterFormat.encode(c));
    try {
      Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Deletes entries that the build which used {@code keep} did not use: those a week old, or all of
   * them once more than 4 entries per kept one (plus 64) have piled up, so the folder cannot grow
   * without end as chapters are edited and removed. Entries of another variant sharing the folder
   * (e.g. {@code serve} and {@code build}) survive a week of not being used. Best effort: what
   * cannot be listed or deleted stays. Returns how many entries were deleted.
   */
  public int prune(Set<String> keep) {
    List<Path> unused = new ArrayList<>();
    List<Path> stale = new ArrayList<>();
    int entries = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.endsWith(".bin")) {
          entries++;
          if (!keep.contains(name.substring(0, name.length() - 4))) unused.add(f);
        } else if (name.endsWith(".tmp")) {
          stale.add(f); // left by a process that died while writing, unless it is still at it
        }
      }
    } catch (IOException e) {
      return 0;
    }
    boolean tooMany = entries > 4 * keep.size() + 64;
    int deleted = 0;
    for (Path f : unused) deleted += delete(f, tooMany);
    for (Path f : stale) deleted += delete(f, false);
    return deleted;
  }

  private static int delete(Path f, boolean evenIfRecent) {
    long weekAgo = System.currentTimeMillis() - Duration.ofDays(7).toMillis();
    try {
      if (evenIfRecent || Files.getLastModifiedTime(f).toMillis() < weekAgo) {
        return Files.deleteIfExists(f) ? 1 : 0;
      }
    } catch (IOException e) {
      // best effort: another build may be using the folder at the same time
    }
    return 0;
  }
}
