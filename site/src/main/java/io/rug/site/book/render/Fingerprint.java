package io.rug.site.book.render;

import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A 96-bit fingerprint of a sequence of byte strings (CRC-32, Adler-32 and total length), for cache
 * keys. Both checksums run in native code from the first call, where SHA-256 over a whole book
 * costs a cold process tens of milliseconds before the JIT has compiled it. Not for untrusted input
 * (collisions can be constructed); two versions of a chapter colliding by accident is negligible,
 * and a CRC detects every edit of up to 32 consecutive bits.
 */
public final class Fingerprint {
  private final CRC32 crc = new CRC32();
  private final Adler32 adler = new Adler32();
  private long length;

  /**
   * Adds {@code bytes} as one element: a separator follows, so ("ab","c") differs from ("a","bc").
   */
  public Fingerprint add(byte[] bytes) {
    crc.update(bytes);
    adler.update(bytes);
    length += bytes.length;
    crc.update(0);
    adler.update(0);
    crc.update((int) (bytes.length & 0xff));
    adler.update((int) (bytes.length >>> 8 & 0xff));
    return this;
  }

  public Fingerprint add(String text) {
    return add(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The fingerprint as 24+ hex digits. */
  public String hex() {
    StringBuilder out = new StringBuilder(32);
    hex(out, crc.getValue(), 8);
    hex(out, adler.getValue(), 8);
    hex(out, length, 8);
    return out.toString();
  }

  /** The fingerprint of one string. */
  public static String of(String text) {
    return new Fingerprint().add(text).hex();
  }

  private static void hex(StringBuilder out, long value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(Character.forDigit((int) (value >>> shift) & 0xf, 16));
    }
  }
}
