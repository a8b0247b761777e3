package io.rug.site.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The site's static assets (CSS, search script, MiniSearch), shipped inside the jar. */
public final class Assets {
  private static final Map<String, String> TYPES =
      Map.of(
          "site.css", "text/css; charset=utf-8",
          "search.js", "text/javascript; charset=utf-8",
          "minisearch.js", "text/javascript; charset=utf-8",
          "minisearch.LICENSE.txt", "text/plain; charset=utf-8");

  private final Map<String, Page> pages = new LinkedHashMap<>();

  public Assets() {
    for (Map.Entry<String, String> e : TYPES.entrySet()) {
      try (InputStream in = Assets.class.getResourceAsStream("/io/rug/site/assets/" + e.getKey())) {
        if (in == null) {
          throw new IllegalStateException("missing asset " + e.getKey());
        }
        pages.put(e.getKey(), Page.of(e.getValue(), in.readAllBytes()));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  /** Asset file names to their responses; served and exported under {@code assets/}. */
  public Map<String, Page> all() {
    return pages;
  }
}
