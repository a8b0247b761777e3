package io.rug.survey.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random identifiers that start with their creation time (twelve hex digits of epoch milliseconds),
 * as ULIDs and version-7 UUIDs do. The random part alone is as unguessable as before; the prefix
 * only makes identifiers created close together sort close together, so their unique indexes grow
 * at one edge. With purely random keys every submission landed on its own leaf page of the
 * idempotency-key and edit-token indexes, and each commit rewrote hundreds of scattered pages into
 * SQLite's write-ahead log (and read them in first once the index outgrew the cache). The time a
 * key holds is no secret: the form that carries it shows when it was rendered, and an edit link is
 * only ever given to the person who sent the answers.
 */
public final class SortableIds {
  private SortableIds() {}

  /** Twelve hex digits of {@code now}'s epoch milliseconds, then {@code randomBytes} in hex. */
  public static String hex(SecureRandom random, Instant now, int randomBytes) {
    byte[] bytes = new byte[randomBytes];
    random.nextBytes(bytes);
    return timePrefix(now) + HexFormat.of().formatHex(bytes);
  }

  /** The time prefix, then {@code randomBytes} in URL-safe base64 (no padding). */
  public static String base64(SecureRandom random, Instant now, int randomBytes) {
    byte[] bytes = new byte[randomBytes];
    random.nextBytes(bytes);
    return timePrefix(now) + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String timePrefix(Instant now) {
    String millis = Long.toHexString(Math.max(0, now.toEpochMilli()));
    return "0".repeat(Math.max(0, 12 - millis.length())) + millis;
  }
}
