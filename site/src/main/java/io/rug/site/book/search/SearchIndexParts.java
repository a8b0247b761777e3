package io.rug.site.book.search;

import io.rug.site.book.render.CodeStamp;
import io.rug.site.book.render.RenderedChapter;
import io.rug.site.fs.ScratchPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Each chapter's part of the search index ({@link SearchIndexWriter#parts}) as the last build made
 * it, kept in the render cache folder by the chapter's source key (which covers its slug, title and
 * text), so a rebuild after an edit encodes the edited chapter's sections only and copies the rest.
 * One file for the whole book; it holds the parts of the last build's chapters, and a damaged or
 * stale file is ignored.
 */
public final class SearchIndexParts {
  private static final String VERSION = "rug-search-parts-1";

  private final Path dir;
  private final String codeVersion;
  private final SearchIndexWriter writer = new SearchIndexWriter();
  private Map<String, List<byte[]>> kept;
  private String keptIndex;

  public SearchIndexParts(Path dir) {
    this.dir = dir;
    this.codeVersion =
        VERSION + "@" + CodeStamp.of(SearchIndexWriter.class, SearchIndexParts.class);
  }

  /**
   * The index script for {@code chapters}, the same bytes as {@link SearchIndexWriter#writeUtf8}.
   */
  public synchronized byte[] write(List<RenderedChapter> chapters, String index) {
    for (RenderedChapter c : chapters) {
      if (c.sourceKey().isEmpty()) {
        return writer.writeUtf8(chapters, index); // rendered without a cache: nothing to key by
      }
    }
    // one file per link style, so a server and a static build sharing the folder keep theirs
    Path file = dir.resolve(index.isEmpty() ? "search-index.parts" : "search-index-files.parts");
    if (kept == null || !index.equals(keptIndex)) {
      kept = read(file);
      keptIndex = index;
    }
    Map<String, List<byte[]>> now = new HashMap<>();
    List<List<byte[]>> parts = new ArrayList<>(chapters.size());
    boolean changed = false;
    for (RenderedChapter c : chapters) {
      String key = c.sourceKey() + "\n" + index;
      List<byte[]> p = kept.get(key);
      if (p == null) {
        p = writer.parts(c, index);
        changed = true;
      }
      now.put(key, p);
      parts.add(p);
    }
    if (changed || now.size() != kept.size()) {
      kept = now;
      save(file, now);
    }
    return writer.assemble(parts);
  }

  private Map<String, List<byte[]>> read(Path file) {
    try {
      byte[] data = Files.readAllBytes(file);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
      if (data.length < Long.BYTES
          || in.readLong() != checksum(data)
          || !in.readUTF().equals(codeVersion)) {
        return new HashMap<>();
      }
      Map<String, List<byte[]>> parts = new HashMap<>();
      for (int n = in.readInt(); n > 0; n--) {
        String key = in.readUTF();
        List<byte[]> list = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
          list.add(in.readNBytes(in.readInt()));
        }
        parts.put(key, list);
      }
      return parts;
    } catch (IOException | RuntimeException e) {
      return new HashMap<>(); // absent, truncated or damaged: encode every chapter again
    }
  }

  /** Best effort: a file that cannot be written only costs the next build the encoding. */
  private void save(Path file, Map<String, List<byte[]>> parts) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeLong(0); // checksum, filled in below
      out.writeUTF(codeVersion);
      out.writeInt(parts.size());
      for (Map.Entry<String, List<byte[]>> e : parts.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().size());
        for (byte[] p : e.getValue()) {
          out.writeInt(p.length);
          out.write(p);
        }
      }
      byte[] data = bytes.toByteArray();
      long crc = checksum(data);
      for (int i = 0; i < Long.BYTES; i++) {
        data[i] = (byte) (crc >>> (56 - 8 * i));
      }
      Files.createDirectories(dir);
      Path tmp = ScratchPaths.newFile(dir, "search-parts-", ".tmp");
      Files.write(tmp, data);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      // e.g. a read-only cache folder
    }
  }

  private static long checksum(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data, Long.BYTES, Math.max(0, data.length - Long.BYTES));
    return crc.getValue();
  }
}
