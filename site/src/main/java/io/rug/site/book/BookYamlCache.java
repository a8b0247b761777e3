package io.rug.site.book;

import io.rug.site.book.render.CodeStamp;
import io.rug.site.book.render.Fingerprint;
import io.rug.site.fs.ScratchPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A book.yaml as {@link BookLoader} parsed it last time, used while the file's bytes, the book's
 * folder and the loader's code version are the same, so a rebuild of an unchanged book does not
 * start the YAML parser (which costs a fresh process tens of milliseconds). One entry per book
 * folder; a damaged or stale entry is a miss.
 */
public final class BookYamlCache {
  private static final String VERSION = "rug-book-yaml-1";

  private final Path dir;
  private final String codeVersion;

  public BookYamlCache(Path dir) {
    this.dir = dir;
    this.codeVersion = VERSION + "@" + CodeStamp.of(BookLoader.class, BookYamlCache.class);
  }

  /** The book parsed from {@code yaml} in {@code bookDir} last time, if it was cached. */
  public Optional<Book> read(Path bookDir, byte[] yaml) {
    Path file = entry(bookDir);
    try {
      byte[] bytes = Files.readAllBytes(file);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      long crc = in.readLong();
      CRC32 check = new CRC32();
      check.update(bytes, Long.BYTES, bytes.length - Long.BYTES);
      if (crc != check.getValue()
          || !in.readUTF().equals(codeVersion)
          || !in.readUTF().equals(absolute(bookDir))
          || !Arrays.equals(in.readNBytes(in.readInt()), yaml)) {
        return Optional.empty();
      }
      Path bookFolder = Path.of(in.readUTF());
      Path repoRoot = Path.of(in.readUTF());
      String title = in.readUTF();
      String description = in.readUTF();
      String editUrl = in.readUTF();
      List<Book.Part> parts = new ArrayList<>();
      for (int p = in.readInt(); p > 0; p--) {
        String partTitle = in.readUTF();
        List<Book.ChapterRef> chapters = new ArrayList<>();
        for (int c = in.readInt(); c > 0; c--) {
          chapters.add(new Book.ChapterRef(in.readUTF(), in.readUTF(), in.readInt(), in.readInt()));
        }
        parts.add(new Book.Part(partTitle, List.copyOf(chapters)));
      }
      if (in.available() != 0) {
        return Optional.empty();
      }
      return Optional.of(
          new Book(bookFolder, repoRoot, title, description, editUrl, List.copyOf(parts)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // absent, truncated or damaged: parse the YAML instead
    }
  }

  /** Stores {@code book}, just parsed from {@code yaml}; failing only costs the next hit. */
  public void write(Path bookDir, byte[] yaml, Book book) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeLong(0); // the checksum, filled in below
      out.writeUTF(codeVersion);
      out.writeUTF(absolute(bookDir));
      out.writeInt(yaml.length);
      out.write(yaml);
      out.writeUTF(book.dir().toString());
      out.writeUTF(book.repoRoot().toString());
      out.writeUTF(book.title());
      out.writeUTF(book.description());
      out.writeUTF(book.editUrl());
      out.writeInt(book.parts().size());
      for (Book.Part part : book.parts()) {
        out.writeUTF(part.title());
        out.writeInt(part.chapters().size());
        for (Book.ChapterRef ref : part.chapters()) {
          out.writeUTF(ref.file());
          out.writeUTF(ref.slug());
          out.writeInt(ref.line());
          out.writeInt(ref.column());
        }
      }
      byte[] data = bytes.toByteArray();
      CRC32 crc = new CRC32();
      crc.update(data, Long.BYTES, data.length - Long.BYTES);
      long value = crc.getValue();
      for (int i = 0; i < Long.BYTES; i++) {
        data[i] = (byte) (value >>> (56 - 8 * i));
      }
      Files.createDirectories(dir);
      Path tmp = ScratchPaths.newFile(dir, "book-", ".tmp");
      Files.write(tmp, data);
      ScratchPaths.moveIntoPlace(tmp, entry(bookDir));
    } catch (IOException | RuntimeException e) {
      // e.g. a read-only cache folder (or a string too long for the format): parse next time too
    }
  }

  private Path entry(Path bookDir) {
    return dir.resolve("book-" + Fingerprint.of(absolute(bookDir)) + ".book");
  }

  private static String absolute(Path bookDir) {
    return bookDir.toAbsolutePath().normalize().toString();
  }
}
