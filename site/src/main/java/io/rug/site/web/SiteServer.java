package io.rug.site.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The web server. This is the site's one routes table: shared assets, live reload and the 404 page
 * here, then every section's routes (book, survey, awesome list) in navigation order.
 */
public final class SiteServer {
  /**
   * Request threads. No handler holds a thread while it waits (the survey's submit waits for its
   * group commit asynchronously), so a few threads per core serve hundreds of connections; a
   * bounded pool keeps the number of runnable threads, and so the CPU share left to the survey's
   * single group-commit writer, in check (Jetty's default allows 200+). Jetty also runs its
   * acceptor and selector on these threads; the rest are spare for slow uploads.
   */
  static final int MAX_THREADS = 16;

  static final int MIN_THREADS = 8;
  private final List<SiteSection> sections;
  private final Assets assets;
  private final Page notFound;
  private final Optional<LiveReload> live;

  public SiteServer(
      List<SiteSection> sections, Assets assets, Page notFound, Optional<LiveReload> live) {
    this.sections = sections;
    this.assets = assets;
    this.notFound = notFound;
    this.live = live;
  }

  /** Starts on {@code port} (0 = any free port); the returned app knows its port. */
  public Javalin start(String host, int port) {
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
              config.http.compressionStrategy = CompressionStrategy.NONE; // pages are pre-gzipped
              assets
                  .all()
                  .forEach((name, page) -> config.routes.get("/assets/" + name, page::send));
              live.ifPresent(l -> config.routes.sse(LiveReload.PATH, l::connect));
              for (SiteSection section : sections) {
                section.addRoutes(config);
              }
              // no route matched at all: Javalin answers in plain text unless we take over
              config.routes.exception(
                  NotFoundResponse.class,
                  (e, ctx) -> {
                    notFound.send(ctx);
                    ctx.status(404);
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.resultInputStream() == null) {
                      notFound.send(ctx);
                      ctx.status(404);
                    }
                  });
            });
    return app.start(host, port);
  }
}
