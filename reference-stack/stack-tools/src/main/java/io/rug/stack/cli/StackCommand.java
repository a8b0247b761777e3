package io.rug.stack.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rug stack}: the reference stack's manifests. */
@Command(
    name = "stack",
    mixinStandardHelpOptions = true,
    description = "Validate, generate and apply the reference stack's Kubernetes manifests.",
    subcommands = {
      ValidateCommand.class,
      RenderCommand.class,
      ApplyCommand.class,
      CommandLine.HelpCommand.class
    })
public final class StackCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
