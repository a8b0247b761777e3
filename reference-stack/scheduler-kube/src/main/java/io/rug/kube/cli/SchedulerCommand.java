package io.rug.kube.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rug scheduler}: the reference batch scheduler on a Kubernetes cluster. */
@Command(
    name = "scheduler",
    mixinStandardHelpOptions = true,
    description =
        "Run the reference batch scheduler (gangs, queues, fair share, backfill) on Kubernetes.",
    subcommands = {RunCommand.class, CommandLine.HelpCommand.class})
public final class SchedulerCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
