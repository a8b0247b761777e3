package io.rug.stack.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rug stack render}: generators. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Generate manifests in the reference stack's shape.",
    subcommands = {RenderTenantCommand.class, CommandLine.HelpCommand.class})
public final class RenderCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
