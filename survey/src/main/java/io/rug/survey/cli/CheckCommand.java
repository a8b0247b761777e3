package io.rug.survey.cli;

import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rug survey check [DIR]}: validates edited questionnaire files before they ship. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks questionnaire YAML files.",
      "",
      "Checks structure, types and options of every *.yaml in DIR, and that a question code keeps"
          + " its type and options across versions. Errors are reported as file:line:col.",
      "",
      "Example: rug survey check survey/questionnaires"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all questionnaires are valid", "2:a questionnaire is invalid"})
public final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      defaultValue = "survey/questionnaires",
      description = "Folder of *.yaml questionnaires (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    try {
      QuestionnaireCatalog catalog = QuestionnaireCatalog.fromDirectory(dir);
      for (Questionnaire q : catalog.all()) {
        spec.commandLine()
            .getOut()
            .printf(
                "ok %-22s %3d questions in %d sections%n",
                q.ref(), q.questions().size(), q.sections().size());
      }
      return 0;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    } catch (java.nio.file.NoSuchFileException e) {
      spec.commandLine().getErr().println(dir + ": no such folder");
      return 2;
    }
  }
}
