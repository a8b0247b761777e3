package io.rug.awesome.links;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one URL: HEAD first, GET when HEAD fails (405, 501 or any other error status or
 * exception), redirects followed by hand so the chain can be reported, 429 answered by waiting for
 * Retry-After (bounded), and per-host spacing through {@link HostRateLimiter}.
 */
public final class LinkChecker {
  private final HttpClient client;
  private final LinkCheckOptions options;
  private final HostRateLimiter limiter;
  private final HostRateLimiter.Sleeper sleeper;
  private final Clock clock;

  public LinkChecker(
      HttpClient client,
      LinkCheckOptions options,
      HostRateLimiter limiter,
      HostRateLimiter.Sleeper sleeper,
      Clock clock) {
    this.client = client;
    this.options = options;
    this.limiter = limiter;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** A client that never follows redirects itself (we follow and record them). */
  public static HttpClient newClient(LinkCheckOptions options) {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.timeout())
        .build();
  }

  public LinkResult check(String url) throws InterruptedException {
    List<String> chain = new ArrayList<>();
    URI current;
    try {
      current = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      return result(
          url, LinkResult.Outcome.BROKEN, 0, url, chain, "-", "invalid URL: " + e.getMessage());
    }
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      Answer a = ask(current);
      if (a.status >= 300 && a.status < 400 && a.location.isPresent()) {
        URI next = current.resolve(a.location.get());
        chain.add(a.status + " " + next);
        current = next;
        continue;
      }
      String finalUrl = current.toString();
      if (a.error != null) {
        LinkResult.Outcome o = a.timedOut ? LinkResult.Outcome.TIMEOUT : LinkResult.Outcome.BROKEN;
        return result(url, o, 0, finalUrl, chain, a.method, a.error);
      }
      if (a.status == 429) {
        return result(
            url,
            LinkResult.Outcome.RATE_LIMITED,
            429,
            finalUrl,
            chain,
            a.method,
            "still rate limited (429)");
      }
      if (a.status >= 400) {
        return result(
            url,
            LinkResult.Outcome.BROKEN,
            a.status,
            finalUrl,
            chain,
            a.method,
            "HTTP " + a.status);
      }
      LinkResult.Outcome o =
          chain.isEmpty() ? LinkResult.Outcome.OK : LinkResult.Outcome.REDIRECTED;
      return result(url, o, a.status, finalUrl, chain, a.method, null);
    }
    return result(
        url, LinkResult.Outcome.BROKEN, 0, current.toString(), chain, "-", "too many redirects");
  }

  private LinkResult result(
      String url,
      LinkResult.Outcome o,
      int status,
      String finalUrl,
      List<String> chain,
      String method,
      String error) {
    return new LinkResult(
        url, o, status, finalUrl, List.copyOf(chain), method, error, clock.millis(), false);
  }

  private record Answer(
      int status, Optional<String> location, String method, String error, boolean timedOut) {}

  /** One URL, HEAD then GET, with 429 retries. */
  private Answer ask(URI uri) throws InterruptedException {
    Answer head = sendWithRetries(uri, "HEAD");
    boolean headFailed = head.error != null || head.status >= 400 && head.status != 429;
    return headFailed ? sendWithRetries(uri, "GET") : head;
  }

  private Answer sendWithRetries(URI uri, String method) throws InterruptedException {
    Answer a = null;
    for (int attempt = 0; attempt <= options.retries429(); attempt++) {
      a = send(uri, method);
      if (a.status != 429) return a;
      Optional<Duration> wait = RetryAfter.parse(a.location.orElse(null), clock);
      Duration d = wait.orElse(Duration.ofSeconds(1));
      if (d.compareTo(options.maxRetryAfter()) > 0 || attempt == options.retries429()) return a;
      limiter.backOff(host(uri), d);
      sleeper.sleep(d);
    }
    return a;
  }

  private Answer send(URI uri, String method) throws InterruptedException {
    try {
      limiter.acquire(host(uri));
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(options.timeout())
              .header("User-Agent", options.userAgent())
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build();
      HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
      String header = r.statusCode() == 429 ? "retry-after" : "location";
      return new Answer(r.statusCode(), r.headers().firstValue(header), method, null, false);
    } catch (HttpTimeoutException e) {
      return new Answer(
          0,
          Optional.empty(),
          method,
          "timed out after " + options.timeout().toMillis() + " ms",
          true);
    } catch (IOException | IllegalArgumentException e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Answer(0, Optional.empty(), method, msg, false);
    }
  }

  static String host(URI uri) {
    return uri.getHost() == null ? "" : uri.getHost() + ":" + uri.getPort();
  }
}
