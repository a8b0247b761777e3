package io.rug.tools.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The launcher's fast path for {@code rug build} must read every option as picocli does. */
class BuildCommandOptionsTest {

  @Test
  void thePlainParserKnowsEveryOptionPicocliDeclaresAndReadsItTheSameWay() {
    CommandLine.Model.CommandSpec spec = new CommandLine(new BuildCommand()).getCommandSpec();
    List<String> args = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (o.usageHelp() || o.versionHelp()) continue;
      args.add(o.longestName());
      if (o.arity().max() > 0) args.add(o.type() == int.class ? "3" : "x-" + o.longestName());
    }
    String[] argv = args.toArray(String[]::new);
    BuildCommand plain = BuildCommand.parsePlain(argv);
    assertThat(plain).as("plain parse of %s", args).isNotNull();
    BuildCommand picocli = new BuildCommand();
    new CommandLine(picocli).parseArgs(argv);
    assertThat(plain).usingRecursiveComparison().isEqualTo(picocli);
  }

  @Test
  void withNoOptionsBothPathsHaveTheSameDefaults() {
    BuildCommand picocli = new BuildCommand();
    new CommandLine(picocli).parseArgs();
    assertThat(BuildCommand.parsePlain(new String[0]))
        .usingRecursiveComparison()
        .isEqualTo(picocli);
  }
}
