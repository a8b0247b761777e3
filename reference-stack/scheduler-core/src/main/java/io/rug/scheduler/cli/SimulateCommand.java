package io.rug.scheduler.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rug simulate}: replay traces through the scheduler core. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Replays workload traces through the scheduler's policies and prints metrics.",
    subcommands = {
      SimulateSwfCommand.class,
      SimulateGpuCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:usage or input error (malformed trace: file:line: message)"})
public final class SimulateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
