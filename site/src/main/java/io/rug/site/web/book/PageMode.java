package io.rug.site.web.book;

/**
 * How pages are produced.
 *
 * @param fileLinks links name {@code index.html} explicitly, for output opened from disk
 * @param baseUrl where the site lives, ending in "/" (a path or a full URL)
 * @param liveReload pages listen for the server's reload events
 */
public record PageMode(boolean fileLinks, String baseUrl, boolean liveReload) {
  public PageMode {
    if (!baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
  }

  public String index() {
    return fileLinks ? "index.html" : "";
  }
}
