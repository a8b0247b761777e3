package io.rug.awesome.cli;

import io.rug.awesome.lint.AwesomeLinter;
import io.rug.awesome.lint.LintReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rug bench list}: lints a generated list many times and prints warm timings. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks rug list lint on a generated list.",
      "",
      "Generates a lint-clean list (default 1,000 entries in 20 sections), lints it --warmup",
      "times, then --runs times, and prints the timings (target: 200 ms warm)."
    })
public final class BenchListCommand implements Callable<Integer> {
  @Option(
      names = "--entries",
      defaultValue = "1000",
      description = "Entries (default: ${DEFAULT-VALUE}).")
  int entries;

  @Option(
      names = "--warmup",
      defaultValue = "30",
      description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--runs",
      defaultValue = "50",
      description = "Timed runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static void print(PrintWriter out, String label, double[] sorted) {
    int n = sorted.length;
    out.printf(
        "  %s  min %.1f ms   median %.1f ms   p90 %.1f ms   max %.1f ms%n",
        label,
        sorted[0],
        sorted[n / 2],
        sorted[Math.min(n - 1, (int) Math.ceil(n * 0.9) - 1)],
        sorted[n - 1]);
  }

  @Override
  public Integer call() throws IOException {
    if (entries < 1 || runs < 1 || warmup < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--entries and --runs must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("rug-bench-list");
    try {
      Path readme = dir.resolve("README.md");
      Files.writeString(readme, GeneratedList.markdown(entries, 20));
      Files.writeString(
          dir.resolve("contributing.md"), "# Contributing\n\nPull requests welcome.\n");
      AwesomeLinter linter = new AwesomeLinter();
      LintReport first = linter.lint(readme, "README.md");
      for (int i = 0; i < warmup; i++) linter.lint(readme, "README.md");
      double[] ms = new double[runs];
      double[] cpu = new double[runs];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int i = 0; i < runs; i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        linter.lint(readme, "README.md");
        ms[i] = (System.nanoTime() - t0) / 1e6;
        cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
      }
      Arrays.sort(ms);
      Arrays.sort(cpu);
      out.printf(
          "rug list lint, %d entries (%d KiB), %d problems, %d warm-up + %d timed runs%n",
          entries, Files.size(readme) / 1024, first.problems().size(), warmup, runs);
      print(out, "wall", ms);
      print(out, "cpu ", cpu);
      out.printf(
          "  (cpu = the linting thread's CPU time; wall also counts waiting on a busy machine)%n");
      out.flush();
      return 0;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    }
  }
}
