package io.rug.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rug} command line. Exit codes: 0 ok, 1 a check failed, 2 usage or input error.
 *
 * <p>Every subcommand is listed here, so this class is the map of the CLI.
 */
@Command(
    name = "rug",
    mixinStandardHelpOptions = true,
    versionProvider = RugVersion.class,
    description =
        "Cloud Native Research Workloads: the book, the site survey, the awesome list%n"
            + "and the reference stack for research computing on Kubernetes.",
    subcommands = {
      CommandLine.HelpCommand.class,
      io.rug.tools.site.ServeCommand.class,
      io.rug.tools.site.BuildCommand.class,
      io.rug.tools.site.BookCommand.class,
      io.rug.stack.cli.StackCommand.class,
      io.rug.survey.cli.SurveyCommand.class,
      io.rug.awesome.cli.ListCommand.class,
      io.rug.scheduler.cli.SimulateCommand.class,
      io.rug.kube.cli.SchedulerCommand.class,
      BenchCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:a check failed", "2:usage or input error"})
public final class Rug implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it directly. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Rug()); // picocli exits 2 on invalid usage
    cl.setExecutionExceptionHandler(Rug::inputErrorToExitCode);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Unreadable files and invalid arguments are input errors (exit 2); anything else is a bug. */
  private static int inputErrorToExitCode(
      Exception e, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
    if (e instanceof IOException
        || e instanceof UncheckedIOException
        || e instanceof IllegalArgumentException) {
      cl.getErr().println("rug: error: " + e.getMessage());
      return 2;
    }
    throw e;
  }
}
