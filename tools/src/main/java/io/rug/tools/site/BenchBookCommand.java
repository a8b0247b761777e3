package io.rug.tools.site;

import io.rug.site.book.BookLoader;
import io.rug.site.book.render.BookRenderer;
import io.rug.site.book.render.MarkdownRenderer;
import io.rug.site.highlight.CodeHighlighter;
import io.rug.site.web.Assets;
import io.rug.site.web.StaticBuild;
import io.rug.site.web.book.BookPages;
import io.rug.site.web.book.BookSection;
import io.rug.site.web.book.PageMode;
import io.rug.site.web.layout.SiteNav;
import io.rug.site.web.layout.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rug bench book}: in-process book build timings (first build, warm full rebuild, one
 * chapter re-render), or {@code --generate} a benchmark corpus. benchmarks/book-build.sh adds the
 * cold-process and Hugo figures.
 */
@Command(
    name = "book",
    mixinStandardHelpOptions = true,
    description = {
      "Times book builds inside one JVM: the first full build, warm full rebuilds (no cache) and",
      "re-rendering one edited chapter as `rug serve --watch` does. With --generate, writes a",
      "benchmark corpus (book/ and the same chapters as a Hugo site under hugo/) instead."
    })
public final class BenchBookCommand implements Callable<Integer> {

  @Option(
      names = "--book",
      defaultValue = "book",
      description = "Book to build (default: ${DEFAULT-VALUE}).")
  Path book;

  @Option(
      names = "--runs",
      defaultValue = "10",
      description = "Timed repetitions (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Render threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--generate", paramLabel = "DIR", description = "Write a corpus to DIR and exit.")
  Path generate;

  @Option(
      names = "--chapters",
      defaultValue = "112",
      description = "Chapters to generate (default: ${DEFAULT-VALUE}).")
  int chapters;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (generate != null) {
      new BookCorpus().write(generate, chapters);
      long bytes;
      try (Stream<Path> files = Files.list(generate.resolve("book/chapters"))) {
        bytes = files.mapToLong(BenchBookCommand::size).sum();
      }
      System.err.printf(
          "generated %d chapters, %.2f MB of Markdown in %s%n", chapters, bytes / 1e6, generate);
      return 0;
    }
    Path out = Files.createTempDirectory("rug-bench-out");
    try {
      double first = fullBuild(out);
      double[] warm = new double[runs];
      for (int i = 0; i < runs; i++) {
        warm[i] = fullBuild(out);
      }
      double[] page = onePage();
      print(first, warm, page);
      return 0;
    } finally {
      deleteTree(out);
    }
  }

  private double fullBuild(Path out) throws IOException {
    long start = System.nanoTime();
    Sections.Site site = Sections.create(options(new PageMode(true, "/", false)));
    // as `rug build --no-cache` builds: every page made, the replaced tree recycled
    new StaticBuild(site.all(), new Assets(), site.frame(), "/")
        .recyclingReplacedTree(out.resolve("cache"))
        .build(out.resolve("site"));
    return (System.nanoTime() - start) / 1e6;
  }

  private double[] onePage() throws IOException {
    // the book section alone, as `rug serve --watch` holds it (no other sections, no database)
    Templates templates = new Templates();
    SiteNav nav = new SiteNav();
    BookSection section =
        new BookSection(
            book,
            new BookLoader(),
            new BookRenderer(
                new MarkdownRenderer(new CodeHighlighter()), Optional.empty(), threads),
            new BookPages(templates, nav),
            new PageMode(false, "/", true));
    section.load();
    nav.register(List.of(section));
    Path chapter = section.book().chapterPath(section.book().chapters().get(0));
    String original = Files.readString(chapter, StandardCharsets.UTF_8);
    double[] times = new double[runs * 2];
    try {
      for (int i = 0; i < times.length; i++) {
        Files.writeString(
            chapter,
            "\nEdited line " + i + ".\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        long start = System.nanoTime();
        section.reloadChapter(chapter);
        times[i] = (System.nanoTime() - start) / 1e6;
      }
    } finally {
      Files.writeString(chapter, original, StandardCharsets.UTF_8);
    }
    return Arrays.copyOfRange(times, runs, times.length); // the first half warms up
  }

  private SiteOptions options(PageMode mode) {
    return new SiteOptions(
        book, mode, Optional.empty(), threads, Optional.empty(), Path.of("data"));
  }

  private void print(double first, double[] warm, double[] page) {
    double warmMedian = median(warm);
    double pageMedian = median(page);
    if (json) {
      System.out.printf(
          "{\"firstBuildMs\": %.1f, \"warmRebuildMedianMs\": %.1f, \"warmRebuildMinMs\": %.1f,"
              + " \"onePageMedianMs\": %.2f, \"onePageMaxMs\": %.2f, \"runs\": %d}%n",
          first,
          warmMedian,
          Arrays.stream(warm).min().orElse(0),
          pageMedian,
          Arrays.stream(page).max().orElse(0),
          runs);
    } else {
      System.out.printf("first in-process build     %8.1f ms%n", first);
      System.out.printf(
          "warm full rebuild          %8.1f ms median, %.1f ms min (%d runs, no cache)%n",
          warmMedian, Arrays.stream(warm).min().orElse(0), runs);
      System.out.printf(
          "one-chapter re-render      %8.2f ms median, %.2f ms max (serve --watch path)%n",
          pageMedian, Arrays.stream(page).max().orElse(0));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.delete(p);
      }
    }
  }
}
