package io.rug.site.book.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The bytes of one render cache entry: a checksum, then what every page of the book needs (slug,
 * title, description, headings, warnings), the body and, last, the search sections. The whole entry
 * is checked when read, so a damaged one is a miss; the search sections are decoded only when
 * something asks for them (a rebuild mostly takes the search index's parts from its own cache).
 */
final class CachedChapterFormat {
  private CachedChapterFormat() {}

  static byte[] encode(RenderedChapter c) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(c.bodyHtml().length() + 16384);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeLong(0); // checksum, filled in below
    out.writeUTF(c.slug());
    out.writeUTF(c.title());
    out.writeUTF(c.description());
    out.writeBoolean(c.hasH1());
    out.writeInt(c.toc().size());
    for (RenderedChapter.TocEntry t : c.toc()) {
      out.writeInt(t.level());
      out.writeUTF(t.id());
      out.writeUTF(t.text());
    }
    out.writeInt(c.warnings().size());
    for (String w : c.warnings()) {
      out.writeUTF(w);
    }
    writeBytes(out, c.bodyHtml());
    out.writeInt(c.sections().size());
    for (RenderedChapter.SearchSection s : c.sections()) {
      out.writeUTF(s.anchor());
      out.writeUTF(s.heading());
      out.writeUTF(s.preview());
      writeBytes(out, s.terms());
    }
    byte[] data = bytes.toByteArray();
    long crc = checksum(data);
    for (int i = 0; i < Long.BYTES; i++) {
      data[i] = (byte) (crc >>> (56 - 8 * i));
    }
    return data;
  }

  /** The chapter in {@code data}; IOException when the entry is damaged or truncated. */
  static RenderedChapter decode(byte[] data, String key) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
    if (data.length < Long.BYTES || in.readLong() != checksum(data)) {
      throw new IOException("damaged render cache entry " + key);
    }
    String slug = in.readUTF();
    String title = in.readUTF();
    String description = in.readUTF();
    boolean hasH1 = in.readBoolean();
    List<RenderedChapter.TocEntry> toc = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      toc.add(new RenderedChapter.TocEntry(in.readInt(), in.readUTF(), in.readUTF()));
    }
    List<String> warnings = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      warnings.add(in.readUTF());
    }
    String body = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    List<RenderedChapter.SearchSection> sections =
        new LazySections(data, data.length - in.available());
    return new RenderedChapter(
        slug, title, description, body, hasH1, List.copyOf(toc), sections, warnings, key);
  }

  private static long checksum(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data, Long.BYTES, Math.max(0, data.length - Long.BYTES));
    return crc.getValue();
  }

  private static void writeBytes(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** The search sections at the end of a checked entry, decoded on first use. */
  private static final class LazySections extends AbstractList<RenderedChapter.SearchSection> {
    private final byte[] data;
    private final int offset;
    private List<RenderedChapter.SearchSection> sections;

    LazySections(byte[] data, int offset) {
      this.data = data;
      this.offset = offset;
    }

    private synchronized List<RenderedChapter.SearchSection> sections() {
      if (sections == null) {
        DataInputStream in =
            new DataInputStream(new ByteArrayInputStream(data, offset, data.length - offset));
        List<RenderedChapter.SearchSection> list = new ArrayList<>();
        try {
          for (int i = in.readInt(); i > 0; i--) {
            list.add(
                new RenderedChapter.SearchSection(
                    in.readUTF(),
                    in.readUTF(),
                    in.readUTF(),
                    new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8)));
          }
        } catch (IOException e) {
          // cannot happen for an entry whose checksum matched, short of a bug in encode()
          throw new UncheckedIOException(e);
        }
        sections = List.copyOf(list);
      }
      return sections;
    }

    @Override
    public RenderedChapter.SearchSection get(int index) {
      return sections().get(index);
    }

    @Override
    public int size() {
      return sections().size();
    }
  }
}
