package io.rug.awesome.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerIT {
  @TempDir Path dir;
  private TestServer server;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private LinkCheckOptions options;
  private LinkChecker checker;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
    options =
        new LinkCheckOptions(
            4,
            Duration.ofMillis(700),
            Duration.ZERO,
            Duration.ofSeconds(60),
            2,
            5,
            Duration.ofHours(1),
            "rug-test");
    HostRateLimiter.Sleeper recording = waits::add; // records Retry-After waits, never sleeps
    checker =
        new LinkChecker(
            LinkChecker.newClient(options),
            options,
            new HostRateLimiter(Duration.ZERO, System::nanoTime, recording),
            recording,
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void okLinkNeedsOnlyAHeadRequest() throws Exception {
    LinkResult r = checker.check(server.url("/ok"));
    assertThat(r.outcome()).isEqualTo(LinkResult.Outcome.OK);
    assertThat(r.status()).isEqualTo(200);
    assertThat(server.requests).containsExactly("HEAD /ok");
  }

  @Test
  void redirectIsFollowedAndReportedWithItsFinalUrl() throws Exception {
    LinkResult r = checker.check(server.url("/moved"));
    assertThat(r.outcome()).isEqualTo(LinkResult.Outcome.REDIRECTED);
    assertThat(r.finalUrl()).isEqualTo(server.url("/ok"));
    assertThat(r.redirects()).containsExactly("301 " + server.url("/ok"));
  }

  @Test
  void missingPageIsBrokenAfterTryingGetToo() throws Exception {
    LinkResult r = checker.check(server.url("/missing"));
    assertThat(r.outcome()).isEqualTo(LinkResult.Outcome.BROKEN);
    assertThat(r.status()).isEqualTo(404);
    assertThat(server.requests).containsExactly("HEAD /missing", "GET /missing");
  }

  @Test
  void fallsBackToGetWhenHeadIsNotAllowed() throws Exception {
    LinkResult r = checker.check(server.url("/no-head"));
    assertThat(r.outcome()).isEqualTo(LinkResult.Outcome.OK);
    assertThat(r.method()).isEqualTo("GET");
  }

  @Test
  void waitsForRetryAfterThenRetries() throws Exception {
    LinkResult r = checker.check(server.url("/limited"));
    assertThat(r.outcome()).isEqualTo(LinkResult.Outcome.OK);
    assertThat(waits).contains(Duration.ofSeconds(7));
    assertThat(server.requests).containsExactly("HEAD /limited", "HEAD /limited");
  }

  @Test
  void givesUpOnRetryAfterLongerThanTheLimitWithoutFailingTheLink() throws Exception {
    LinkResult r = checker.check(server.url("/always-limited"));
    assertThat(r.outcome()).isEqualTo(LinkResult.Outcome.RATE_LIMITED);
    assertThat(r.outcome().failed()).isFalse();
    assertThat(waits).isEmpty();
  }

  @Test
  void slowServerTimesOut() throws Exception {
    LinkResult r = checker.check(server.url("/slow"));
    assertThat(r.outcome()).isEqualTo(LinkResult.Outcome.TIMEOUT);
    assertThat(r.outcome().failed()).isTrue();
  }

  @Test
  void secondRunAnswersGoodLinksFromTheCacheWithoutRequests() throws Exception {
    Path cacheFile = dir.resolve("cache.json");
    List<ListedLink> links =
        List.of(new ListedLink(server.url("/ok"), 3), new ListedLink(server.url("/missing"), 4));
    LinkCache first = LinkCache.load(cacheFile, Duration.ofHours(1));
    new LinkRun(checker, first, 2, Clock.systemUTC()).checkAll(links, null);
    first.save();
    server.requests.clear();

    LinkCache second = LinkCache.load(cacheFile, Duration.ofHours(1));
    StringWriter progress = new StringWriter();
    List<LinkResult> results =
        new LinkRun(checker, second, 2, Clock.systemUTC())
            .checkAll(links, new PrintWriter(progress));
    assertThat(results.get(0).cached()).isTrue();
    assertThat(results.get(1).cached()).isFalse(); // broken links are always checked again
    assertThat(server.requests).containsExactly("HEAD /missing", "GET /missing");
    assertThat(progress.toString()).contains("checked 2/2 links");
    assertThat(Files.readString(cacheFile)).contains("\"outcome\":\"OK\"");
  }

  @Test
  void expiredCacheEntriesAreCheckedAgain() throws Exception {
    Path cacheFile = dir.resolve("cache.json");
    LinkCache cache = LinkCache.load(cacheFile, Duration.ofHours(1));
    cache.put(checker.check(server.url("/ok")));
    cache.save();
    LinkCache reloaded = LinkCache.load(cacheFile, Duration.ofHours(1));
    long twoHoursLater = System.currentTimeMillis() + Duration.ofHours(2).toMillis();
    assertThat(reloaded.fresh(server.url("/ok"), twoHoursLater)).isEmpty();
    assertThat(reloaded.fresh(server.url("/ok"), System.currentTimeMillis())).isPresent();
  }
}
