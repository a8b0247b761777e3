package io.rug.awesome.links;

import java.time.Duration;

/**
 * Knobs of the link checker.
 *
 * @param concurrency requests in flight at most
 * @param timeout per request (connect and response)
 * @param perHostInterval minimum gap between two requests to the same host
 * @param maxRetryAfter longest Retry-After we wait for; longer ones give up (RATE_LIMITED)
 * @param retries429 how many times a 429 is retried
 * @param maxRedirects hops followed before giving up
 * @param cacheTtl how long a good result stays in the cache
 */
public record LinkCheckOptions(
    int concurrency,
    Duration timeout,
    Duration perHostInterval,
    Duration maxRetryAfter,
    int retries429,
    int maxRedirects,
    Duration cacheTtl,
    String userAgent) {

  public static LinkCheckOptions defaults() {
    return new LinkCheckOptions(
        8,
        Duration.ofSeconds(15),
        Duration.ofMillis(500),
        Duration.ofSeconds(60),
        2,
        10,
        Duration.ofHours(24),
        "rug-link-checker/1 (+https://github.com/cncf/research-user-group)");
  }
}
