package io.rug.awesome.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rug list}: the awesome list's linter and link checker. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Checks the awesome list (awesome-list/README.md): lint it, check its links.",
    subcommands = {ListLintCommand.class, ListLinksCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:a check failed", "2:usage or input error"})
public final class ListCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
