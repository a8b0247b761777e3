package io.rug.tools.site;

import io.rug.site.book.BookInputException;
import io.rug.site.web.Assets;
import io.rug.site.web.StaticBuild;
import io.rug.site.web.book.PageMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rug build}: the whole site as static files. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site (book pages, search index, sitemap, 404 page, assets) as static files.",
      "Writes into a temporary folder next to --out and swaps it in only on success.",
      "The output works from file:// and under any --base-url."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:built", "2:bad input (book.yaml, chapter, front matter) or usage"})
public final class BuildCommand implements Callable<Integer> {

  @Option(
      names = "--out",
      defaultValue = "_site",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--base-url",
      defaultValue = "/",
      description = "Where the site will live, a path or full URL (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Option(
      names = "--book",
      defaultValue = "book",
      description = "Book folder (default: ${DEFAULT-VALUE}).")
  Path book;

  @Option(
      names = "--cache-dir",
      defaultValue = ".rug-cache/render",
      description = "On-disk render cache (default: ${DEFAULT-VALUE}).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Render every chapter, ignoring the cache.")
  boolean noCache;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Render threads (default: ${DEFAULT-VALUE}).")
  int threads;

  /**
   * Entry point the {@code ./rug} launcher uses for {@code rug build}: the same command without
   * building the whole CLI's command tree first, which is a large part of a cold build's start-up.
   */
  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new BuildCommand()).setCommandName("rug build");
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof IOException || e instanceof IllegalArgumentException) {
            line.getErr().println("rug: error: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    System.exit(cl.execute(args));
  }

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    SiteOptions options =
        new SiteOptions(
            book,
            new PageMode(true, baseUrl, false),
            noCache ? Optional.empty() : Optional.of(cacheDir),
            threads,
            Optional.empty(),
            Path.of("data"));
    try {
      Sections.Site site = Sections.create(options);
      site.printWarnings(System.err);
      int files =
          new StaticBuild(site.all(), new Assets(), site.frame(), options.mode().baseUrl())
              .build(out);
      System.err.printf(
          "rug build: %d chapters, %d files written to %s in %d ms%n",
          site.book().chapters().size(), files, out, (System.nanoTime() - start) / 1_000_000);
      return 0;
    } catch (BookInputException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
