package io.rug.site.web;

import io.rug.site.book.render.CodeStamp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/** The site's static assets (CSS, search script, MiniSearch), shipped inside the jar. */
public final class Assets {
  private static final Map<String, String> TYPES =
      Map.of(
          "site.css", "text/css; charset=utf-8",
          "search.js", "text/javascript; charset=utf-8",
          "minisearch.js", "text/javascript; charset=utf-8",
          "minisearch.LICENSE.txt", "text/plain; charset=utf-8");

  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private Map<String, Page> pages;

  public Assets() {
    for (String name : TYPES.keySet()) {
      try (InputStream in = Assets.class.getResourceAsStream("/io/rug/site/assets/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing asset " + name);
        }
        files.put(name, in.readAllBytes());
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  /**
   * Asset file names to their responses (with gzip form and ETag, made on first call); served and
   * exported under {@code assets/}.
   */
  public synchronized Map<String, Page> all() {
    if (pages == null) {
      Map<String, Page> p = new LinkedHashMap<>();
      files.forEach((name, body) -> p.put(name, Page.of(TYPES.get(name), body)));
      pages = p;
    }
    return pages;
  }

  /** Asset file names to their bytes. */
  public Map<String, byte[]> files() {
    return files;
  }

  /** Identifies an asset's bytes, for reusing it in a static build: code version and checksum. */
  public String key(String name) {
    CRC32 crc = new CRC32();
    byte[] bytes = files.get(name);
    crc.update(bytes);
    return "asset:" + CodeStamp.of(Assets.class) + ":" + bytes.length + ":" + crc.getValue();
  }
}
