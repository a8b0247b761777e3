package io.rug.awesome.cli;

import io.rug.awesome.json.Json;
import io.rug.awesome.links.HostRateLimiter;
import io.rug.awesome.links.LinkCache;
import io.rug.awesome.links.LinkCheckOptions;
import io.rug.awesome.links.LinkChecker;
import io.rug.awesome.links.LinkExtractor;
import io.rug.awesome.links.LinkResult;
import io.rug.awesome.links.LinkRun;
import io.rug.awesome.links.ListedLink;
import io.rug.awesome.lint.MarkdownFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rug list links [FILE]}: checks every http(s) link of the list. */
@Command(
    name = "links",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every http(s) link of an awesome list.",
      "",
      "HEAD first, GET when HEAD fails; redirects followed and reported with the final URL;",
      "429 answers wait for Retry-After; requests to one host are spaced out; bounded",
      "concurrency; good results are cached (JSON) so repeated runs are fast. Prints the",
      "broken, redirected and rate-limited links (FILE:LINE  OUTCOME STATUS  URL  detail);",
      "progress goes to stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no broken links",
      "1:broken links or timeouts",
      "2:the file or cache cannot be read"
    })
public final class ListLinksCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "awesome-list/README.md",
      description = "The list to check (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--json", description = "Print all results as JSON.")
  boolean json;

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      defaultValue = "target/awesome-links-cache.json",
      description = "Results cache file (default: ${DEFAULT-VALUE}).")
  Path cacheFile;

  @Option(names = "--no-cache", description = "Neither read nor write the cache.")
  boolean noCache;

  @Option(
      names = "--cache-ttl",
      paramLabel = "DURATION",
      defaultValue = "PT24H",
      description = "How long a good result is reused, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration cacheTtl;

  @Option(
      names = "--concurrency",
      defaultValue = "8",
      description = "Requests in flight (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "PT15S",
      description = "Per-request timeout, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--per-host-interval",
      paramLabel = "DURATION",
      defaultValue = "PT0.5S",
      description = "Minimum gap between requests to one host (default: ${DEFAULT-VALUE}).")
  Duration perHostInterval;

  @Option(
      names = "--max-retry-after",
      paramLabel = "DURATION",
      defaultValue = "PT60S",
      description = "Longest Retry-After honoured for 429 answers (default: ${DEFAULT-VALUE}).")
  Duration maxRetryAfter;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (concurrency < 1)
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--concurrency must be at least 1");
    List<ListedLink> links;
    LinkCache cache;
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      links = new LinkExtractor().links(new MarkdownFile(file.toString(), file, text));
      cache = noCache ? LinkCache.inMemory(cacheTtl) : LinkCache.load(cacheFile, cacheTtl);
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("rug list links: " + e.getMessage());
      return 2;
    }
    LinkCheckOptions defaults = LinkCheckOptions.defaults();
    LinkCheckOptions options =
        new LinkCheckOptions(
            concurrency,
            timeout,
            perHostInterval,
            maxRetryAfter,
            defaults.retries429(),
            defaults.maxRedirects(),
            cacheTtl,
            defaults.userAgent());
    HostRateLimiter.Sleeper sleeper = HostRateLimiter.Sleeper.real();
    Clock clock = Clock.systemUTC();
    LinkChecker checker =
        new LinkChecker(
            LinkChecker.newClient(options),
            options,
            new HostRateLimiter(perHostInterval, System::nanoTime, sleeper),
            sleeper,
            clock);
    err.printf("checking %d links of %s (%d at a time)%n", links.size(), file, concurrency);
    List<LinkResult> results = new LinkRun(checker, cache, concurrency, clock).checkAll(links, err);
    if (!noCache) {
      try {
        cache.save();
      } catch (IOException e) {
        err.println("rug list links: cannot write cache " + cacheFile + ": " + e.getMessage());
      }
    }
    int broken = print(links, results, out);
    long cached = results.stream().filter(LinkResult::cached).count();
    err.printf("%d links: %d broken, %d from cache%n", results.size(), broken, cached);
    out.flush();
    return broken > 0 ? 1 : 0;
  }

  private int print(List<ListedLink> links, List<LinkResult> results, PrintWriter out) {
    int broken = 0;
    List<Map<String, Object>> all = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      LinkResult r = results.get(i);
      int line = links.get(i).line();
      if (r.outcome().failed()) broken++;
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", r.url());
        m.put("line", line);
        m.put("cached", r.cached());
        m.putAll(cacheView(r));
        all.add(m);
      } else if (r.outcome() != LinkResult.Outcome.OK) {
        String detail =
            switch (r.outcome()) {
              case REDIRECTED -> "-> " + r.finalUrl();
              default -> r.error() == null ? "" : r.error();
            };
        out.printf(
            "%s:%d  %s %s  %s  %s%n",
            file, line, r.outcome(), r.status() == 0 ? "-" : r.status(), r.url(), detail);
      }
    }
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("file", file.toString());
      root.put("broken", broken);
      root.put("results", all);
      out.println(Json.write(root));
    }
    return broken;
  }

  private static Map<String, Object> cacheView(LinkResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outcome", r.outcome().name());
    m.put("status", r.status());
    m.put("finalUrl", r.finalUrl());
    m.put("redirects", r.redirects());
    m.put("method", r.method());
    m.put("error", r.error());
    return m;
  }
}
