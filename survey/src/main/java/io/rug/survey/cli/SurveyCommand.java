package io.rug.survey.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rug survey}: the survey's data from the command line. */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description =
        "Survey data: import published answers, print results, export, manage moderators.",
    subcommands = {
      ImportCommand.class,
      CheckCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      AdminCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:usage or input error"})
public final class SurveyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
