package io.rug.awesome.links;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks many links with bounded concurrency (a fixed pool), consulting and filling the cache,
 * reporting progress to {@code progress} (stderr in the CLI).
 */
public final class LinkRun {
  private final LinkChecker checker;
  private final LinkCache cache;
  private final int concurrency;
  private final java.time.Clock clock;

  public LinkRun(LinkChecker checker, LinkCache cache, int concurrency, java.time.Clock clock) {
    this.checker = checker;
    this.cache = cache;
    this.concurrency = concurrency;
    this.clock = clock;
  }

  /** Results in the order of {@code links}. */
  public List<LinkResult> checkAll(List<ListedLink> links, PrintWriter progress)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency));
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<LinkResult>> futures = new ArrayList<>();
      for (ListedLink link : links) {
        futures.add(
            pool.submit(
                () -> {
                  LinkResult r = cache.fresh(link.url(), clock.millis()).orElse(null);
                  if (r == null) {
                    r = checker.check(link.url());
                    cache.put(r);
                  }
                  int n = done.incrementAndGet();
                  if (progress != null && (n % 10 == 0 || n == links.size())) {
                    progress.printf("checked %d/%d links%n", n, links.size());
                    progress.flush();
                  }
                  return r;
                }));
      }
      List<LinkResult> results = new ArrayList<>();
      for (Future<LinkResult> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("link check failed unexpectedly", e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
