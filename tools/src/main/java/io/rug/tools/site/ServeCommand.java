package io.rug.tools.site;

import io.javalin.Javalin;
import io.rug.site.book.BookInputException;
import io.rug.site.web.Assets;
import io.rug.site.web.LiveReload;
import io.rug.site.web.SiteServer;
import io.rug.site.web.book.ChapterWatcher;
import io.rug.site.web.book.PageMode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rug serve}: the live site. Blocks until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the site (book, and the survey and awesome list sections) with pre-rendered pages,",
      "ETag and gzip. With --watch, an edited chapter is re-rendered and open pages reload."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:bad input (book.yaml, chapter, front matter) or usage"})
public final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "HTTP port, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--watch", description = "Re-render edited chapters and reload open pages.")
  boolean watch;

  @Option(
      names = "--book",
      defaultValue = "book",
      description = "Book folder (default: ${DEFAULT-VALUE}).")
  Path book;

  @Option(
      names = "--db-url",
      description = "Survey database JDBC URL (default: SQLite under --data-dir).")
  String dbUrl;

  @Option(
      names = "--data-dir",
      defaultValue = "data",
      description = "Folder for the embedded database (default: ./${DEFAULT-VALUE}).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    SiteOptions options =
        new SiteOptions(
            book,
            new PageMode(false, "/", watch),
            Optional.empty(),
            2,
            Optional.ofNullable(dbUrl),
            dataDir);
    Sections.Site site;
    try {
      site = Sections.create(options);
    } catch (BookInputException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    site.printWarnings(System.err);
    Optional<LiveReload> live = watch ? Optional.of(new LiveReload()) : Optional.empty();
    Javalin app;
    try {
      app =
          new SiteServer(site.all(), new Assets(), site.book().notFoundPage(), live)
              .start(host, port);
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof java.net.BindException) {
          System.err.printf(
              "rug serve: cannot listen on %s:%d (%s); try --port 0%n", host, port, t.getMessage());
          return 2;
        }
      }
      throw e;
    }
    ChapterWatcher watcher =
        live.isPresent() ? new ChapterWatcher(site.book(), live.get(), System.err).start() : null;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  stopped.countDown();
                }));
    System.err.printf(
        "rug serve: %d chapters on http://%s:%d/%s%n",
        site.book().chapters().size(), host, app.port(), watch ? " (watching for changes)" : "");
    stopped.await();
    if (watcher != null) {
      watcher.close();
    }
    return 0;
  }
}
