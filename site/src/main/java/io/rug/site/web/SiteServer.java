package io.rug.site.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.util.List;
import java.util.Optional;

/**
 * The web server. This is the site's one routes table: shared assets, live reload and the 404 page
 * here, then every section's routes (book, survey, awesome list) in navigation order.
 */
public final class SiteServer {
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
              config.http.compressionStrategy = CompressionStrategy.NONE; // pages are pre-gzipped
              assets
                  .all()
                  .forEach((name, page) -> config.routes.get("/assets/" + name, page::send));
              live.ifPresent(l -> config.routes.sse(LiveReload.PATH, l::connect));
              for (SiteSection section : sections) {
                section.addRoutes(config);
              }
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
