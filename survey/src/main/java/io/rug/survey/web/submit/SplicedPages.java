package io.rug.survey.web.submit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Pages that differ between visitors only in tokens: the fresh (unanswered) form of a version,
 * which differs in its stamp and CSRF token, and the confirmation, which differs in the private
 * edit link. Each is rendered once per form version with placeholders instead of tokens; a
 * visitor's page is that rendering with their tokens spliced in. A version never changes, and
 * neither does the site frame while the server runs.
 */
final class SplicedPages {
  static final String STAMP = "rugSplicedStampSlot";
  static final String CSRF = "rugSplicedCsrfSlot";
  static final String EDIT_TOKEN = "rugSplicedEditTokenSlot";
  private final Map<String, Optional<TokenSlots>> byKey = new ConcurrentHashMap<>();

  /**
   * The page {@code key} with {@code tokens} in place of {@code placeholders}. {@code render}
   * renders the whole page from tokens; it runs once per key with the placeholders, or per request
   * where a placeholder does not appear in its output.
   */
  byte[] page(
      String key,
      List<String> placeholders,
      List<String> tokens,
      Function<List<String>, String> render) {
    Optional<TokenSlots> slots =
        byKey.computeIfAbsent(key, k -> TokenSlots.of(render.apply(placeholders), placeholders));
    return slots.isPresent()
        ? slots.get().fill(tokens)
        : render.apply(tokens).getBytes(StandardCharsets.UTF_8);
  }
}
