package io.rug.survey.web.submit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page rendered once with placeholder tokens, kept as UTF-8 bytes around the places where each
 * visitor's own tokens go. A fresh survey form differs between visitors only in its stamp and CSRF
 * token, so serving it is a copy instead of a template rendering and a UTF-8 encoding of ~15 KB.
 */
final class TokenSlots {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.-]*");
  private final byte[][] segments; // segments.length == slotOrder.length + 1
  private final int[] slotOrder; // which token fills each gap between segments, in page order

  private TokenSlots(byte[][] segments, int[] slotOrder) {
    this.segments = segments;
    this.slotOrder = slotOrder;
  }

  /**
   * Splits {@code page} at every occurrence of {@code placeholders}; empty when one of them does
   * not occur (then the page cannot be spliced and must be rendered per request).
   */
  static Optional<TokenSlots> of(String page, List<String> placeholders) {
    List<int[]> found = new ArrayList<>(); // {position, placeholder index}
    for (int i = 0; i < placeholders.size(); i++) {
      String p = placeholders.get(i);
      if (p.isEmpty() || !page.contains(p)) {
        return Optional.empty();
      }
      for (int at = page.indexOf(p); at >= 0; at = page.indexOf(p, at + p.length())) {
        found.add(new int[] {at, i});
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<byte[]> segments = new ArrayList<>();
    int[] order = new int[found.size()];
    int from = 0;
    for (int n = 0; n < order.length; n++) {
      int at = found.get(n)[0];
      if (at < from) {
        return Optional.empty(); // placeholders overlap
      }
      order[n] = found.get(n)[1];
      segments.add(page.substring(from, at).getBytes(StandardCharsets.UTF_8));
      from = at + placeholders.get(order[n]).length();
    }
    segments.add(page.substring(from).getBytes(StandardCharsets.UTF_8));
    return Optional.of(new TokenSlots(segments.toArray(byte[][]::new), order));
  }

  /**
   * The page with {@code tokens} (in the placeholders' order) in place of the placeholders.
   *
   * @throws IllegalArgumentException a token that would need HTML escaping (tokens are copied as
   *     they are, so only URL-safe Base64 and dots are allowed)
   */
  byte[] fill(List<String> tokens) {
    byte[][] values = new byte[tokens.size()][];
    int length = 0;
    for (int i = 0; i < values.length; i++) {
      if (!SAFE.matcher(tokens.get(i)).matches()) {
        throw new IllegalArgumentException("token needs escaping: " + tokens.get(i));
      }
      values[i] = tokens.get(i).getBytes(StandardCharsets.US_ASCII);
    }
    for (int slot : slotOrder) {
      length += values[slot].length;
    }
    for (byte[] s : segments) {
      length += s.length;
    }
    byte[] out = new byte[length];
    int pos = 0;
    for (int i = 0; i < segments.length; i++) {
      System.arraycopy(segments[i], 0, out, pos, segments[i].length);
      pos += segments[i].length;
      if (i < slotOrder.length) {
        byte[] v = values[slotOrder[i]];
        System.arraycopy(v, 0, out, pos, v.length);
        pos += v.length;
      }
    }
    return out;
  }
}
