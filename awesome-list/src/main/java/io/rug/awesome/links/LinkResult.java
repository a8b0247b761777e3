package io.rug.awesome.links;

import java.util.List;

/**
 * What checking one URL found.
 *
 * @param status the final HTTP status, 0 when no response arrived
 * @param finalUrl where redirects ended (equal to url when there were none)
 * @param redirects the redirect chain, "301 https://…" per hop
 * @param method the method that gave the answer (HEAD, or GET after a HEAD failure)
 * @param checkedAt epoch milliseconds of the check
 * @param cached true when the result came from the cache file
 */
public record LinkResult(
    String url,
    Outcome outcome,
    int status,
    String finalUrl,
    List<String> redirects,
    String method,
    String error,
    long checkedAt,
    boolean cached) {

  /** How a link fared. Only BROKEN and TIMEOUT fail {@code rug list links}. */
  public enum Outcome {
    OK,
    REDIRECTED,
    RATE_LIMITED,
    BROKEN,
    TIMEOUT;

    public boolean failed() {
      return this == BROKEN || this == TIMEOUT;
    }
  }

  public LinkResult fromCache() {
    return new LinkResult(
        url, outcome, status, finalUrl, redirects, method, error, checkedAt, true);
  }
}
