package io.rug.tools;

import io.rug.tools.site.BenchBookCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rug bench}: reproducible benchmarks that print their figures. Each benchmark is a
 * subcommand; add yours to the list.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Runs a benchmark and prints its figures (numbers live here, not in tests).",
    subcommands = {
      BenchBookCommand.class,
      io.rug.scheduler.cli.BenchSchedulerCommand.class,
      io.rug.scheduler.cli.BenchSimulationsCommand.class,
      io.rug.survey.bench.SurveyBenchCommand.class,
      io.rug.awesome.cli.BenchListCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
