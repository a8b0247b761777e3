package io.rug.tools.site;

import io.rug.site.book.BookInputException;
import io.rug.site.web.Assets;
import io.rug.site.web.StaticBuild;
import io.rug.site.web.book.PageMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

  // defaults are the fields' initial values, so the fast path in main() needs no picocli
  @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("_site");

  @Option(
      names = "--base-url",
      description = "Where the site will live, a path or full URL (default: ${DEFAULT-VALUE}).")
  String baseUrl = "/";

  @Option(names = "--book", description = "Book folder (default: ${DEFAULT-VALUE}).")
  Path book = Path.of("book");

  @Option(names = "--cache-dir", description = "On-disk render cache (default: ${DEFAULT-VALUE}).")
  Path cacheDir = Path.of(".rug-cache/render");

  @Option(
      names = "--no-cache",
      description =
          "Render every chapter and page, ignoring the cache (which still keeps the replaced"
              + " output tree for the next build).")
  boolean noCache;

  @Option(names = "--threads", description = "Render threads (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  /**
   * Entry point the {@code ./rug} launcher uses for {@code rug build}: the same command without
   * building the whole CLI's command tree first. Plain option lists skip picocli altogether (its
   * classes are too old a class-file version for the CDS/AOT archives, so loading them costs tens
   * of milliseconds); anything else (--help, a typo) goes through picocli for its messages.
   */
  public static void main(String[] args) {
    BuildCommand plain = parsePlain(args);
    if (plain != null) {
      int code;
      try {
        code = plain.call();
      } catch (Exception e) {
        code = inputError(e, new PrintWriter(System.err, true));
      }
      System.exit(code);
    }
    CommandLine cl = new CommandLine(new BuildCommand()).setCommandName("rug build");
    cl.setExecutionExceptionHandler((e, line, parsed) -> inputError(e, line.getErr()));
    System.exit(cl.execute(args));
  }

  /** Bad input (unreadable or malformed files, bad values): one line and exit code 2. */
  private static int inputError(Exception e, PrintWriter err) {
    if (e instanceof IOException || e instanceof IllegalArgumentException) {
      err.println("rug: error: " + e.getMessage());
      return 2;
    }
    if (e instanceof UncheckedIOException u) {
      err.println("rug: error: " + u.getCause().getMessage());
      return 2;
    }
    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
  }

  /** The command for {@code args} when they are only known options with values; else null. */
  static BuildCommand parsePlain(String[] args) {
    BuildCommand c = new BuildCommand();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      if (arg.equals("--no-cache") && value == null) {
        c.noCache = true;
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
          return null;
        }
        value = args[++i];
      }
      switch (arg) {
        case "--out" -> c.out = Path.of(value);
        case "--base-url" -> c.baseUrl = value;
        case "--book" -> c.book = Path.of(value);
        case "--cache-dir" -> c.cacheDir = Path.of(value);
        case "--threads" -> {
          if (!value.matches("[0-9]{1,4}")) {
            return null;
          }
          c.threads = Integer.parseInt(value);
        }
        default -> {
          return null;
        }
      }
    }
    return c;
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
      StaticBuild build =
          new StaticBuild(site.all(), new Assets(), site.frame(), options.mode().baseUrl());
      // without the render cache every page is made, but the replaced tree is still recycled
      build =
          options.cacheDir().isPresent()
              ? build.reusingUnchangedFiles(cacheDir)
              : build.recyclingReplacedTree(cacheDir);
      int files = build.build(out);
      System.err.printf(
          "rug build: %d chapters, %d files written to %s%s in %d ms%n",
          site.book().chapters().size(),
          files,
          out,
          build.reused() == 0 ? "" : " (" + build.reused() + " unchanged, linked)",
          (System.nanoTime() - start) / 1_000_000);
      return 0;
    } catch (BookInputException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
