package io.rug.awesome.links;

import io.rug.awesome.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Results cache (a JSON file): good results (OK, REDIRECTED) are reused until they are older than
 * the TTL, so repeated runs only ask the network about new, failing or expired links. Saved
 * atomically (temp file, then move).
 */
public final class LinkCache {
  private static final int VERSION = 1;
  private final Path file;
  private final Duration ttl;
  private final Map<String, LinkResult> entries = new ConcurrentHashMap<>();

  private LinkCache(Path file, Duration ttl) {
    this.file = file;
    this.ttl = ttl;
  }

  /** A cache that lives only in memory (for --no-cache runs). */
  public static LinkCache inMemory(Duration ttl) {
    return new LinkCache(null, ttl);
  }

  /** Loads the cache; a missing file is an empty cache, a corrupt one an input error. */
  public static LinkCache load(Path file, Duration ttl) throws IOException {
    LinkCache cache = new LinkCache(file, ttl);
    if (!Files.exists(file)) return cache;
    try {
      Object root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (!(root instanceof Map<?, ?> m) || !(m.get("entries") instanceof Map<?, ?> entries)) {
        throw new IOException(file + ": not a link cache (expected {\"entries\": {...}})");
      }
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        if (e.getValue() instanceof Map<?, ?> v)
          cache.entries.put((String) e.getKey(), fromJson((String) e.getKey(), v));
      }
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new IOException(file + ": corrupt link cache: " + e.getMessage(), e);
    }
    return cache;
  }

  /** A cached good result younger than the TTL. */
  public Optional<LinkResult> fresh(String url, long nowMillis) {
    LinkResult r = entries.get(url);
    if (r == null || r.outcome().failed() || r.outcome() == LinkResult.Outcome.RATE_LIMITED) {
      return Optional.empty();
    }
    return nowMillis - r.checkedAt() <= ttl.toMillis()
        ? Optional.of(r.fromCache())
        : Optional.empty();
  }

  public void put(LinkResult r) {
    if (!r.cached()) entries.put(r.url(), r);
  }

  public int size() {
    return entries.size();
  }

  public void save() throws IOException {
    if (file == null) return;
    Map<String, Object> all = new LinkedHashMap<>();
    entries.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> all.put(e.getKey(), toJson(e.getValue())));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put("entries", all);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".links-cache", ".tmp");
    try {
      Files.writeString(tmp, Json.write(root) + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static Map<String, Object> toJson(LinkResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outcome", r.outcome().name());
    m.put("status", r.status());
    m.put("finalUrl", r.finalUrl());
    m.put("redirects", r.redirects());
    m.put("method", r.method());
    m.put("error", r.error());
    m.put("checkedAt", r.checkedAt());
    return m;
  }

  private static LinkResult fromJson(String url, Map<?, ?> v) {
    List<String> redirects =
        v.get("redirects") instanceof List<?> l
            ? l.stream().map(String::valueOf).toList()
            : List.of();
    return new LinkResult(
        url,
        LinkResult.Outcome.valueOf((String) v.get("outcome")),
        ((Number) v.get("status")).intValue(),
        (String) v.get("finalUrl"),
        redirects,
        (String) v.get("method"),
        (String) v.get("error"),
        ((Number) v.get("checkedAt")).longValue(),
        false);
  }
}
