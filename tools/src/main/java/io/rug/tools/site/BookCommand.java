package io.rug.tools.site;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rug book}: commands about the book's sources. */
@Command(
    name = "book",
    mixinStandardHelpOptions = true,
    description = "Commands for the book's Markdown sources.",
    subcommands = {BookCheckCommand.class, CommandLine.HelpCommand.class})
public final class BookCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
