package io.rug.site.book.render;

import io.rug.site.book.ChapterSource;
import io.rug.site.fs.ScratchPaths;
import io.rug.site.highlight.CodeHighlighter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
  private static final String VERSION = "rug-render-5";

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
    Path file = dir.resolve(key + ".bin");
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      String slug = in.readUTF();
      String title = in.readUTF();
      String description = in.readUTF();
      String body = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
      boolean hasH1 = in.readBoolean();
      List<RenderedChapter.TocEntry> toc = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        toc.add(new RenderedChapter.TocEntry(in.readInt(), in.readUTF(), in.readUTF()));
      }
      List<RenderedChapter.SearchSection> sections = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        sections.add(
            new RenderedChapter.SearchSection(
                in.readUTF(),
                in.readUTF(),
                in.readUTF(),
                new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8)));
      }
      List<String> warnings = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        warnings.add(in.readUTF());
      }
      return Optional.of(
          new RenderedChapter(slug, title, description, body, hasH1, toc, sections, warnings, key));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public void write(String key, RenderedChapter c) throws IOException {
    Files.createDirectories(dir);
    Path tmp = ScratchPaths.newFile(dir, key, ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeUTF(c.slug());
      out.writeUTF(c.title());
      out.writeUTF(c.description());
      writeBytes(out, c.bodyHtml());
      out.writeBoolean(c.hasH1());
      out.writeInt(c.toc().size());
      for (RenderedChapter.TocEntry t : c.toc()) {
        out.writeInt(t.level());
        out.writeUTF(t.id());
        out.writeUTF(t.text());
      }
      out.writeInt(c.sections().size());
      for (RenderedChapter.SearchSection s : c.sections()) {
        out.writeUTF(s.anchor());
        out.writeUTF(s.heading());
        out.writeUTF(s.preview());
        writeBytes(out, s.terms());
      }
      out.writeInt(c.warnings().size());
      for (String w : c.warnings()) {
        out.writeUTF(w);
      }
    }
    ScratchPaths.moveIntoPlace(tmp, dir.resolve(key + ".bin"));
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

  private static void writeBytes(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }
}
