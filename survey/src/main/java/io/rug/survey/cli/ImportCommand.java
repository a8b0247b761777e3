package io.rug.survey.cli;

import io.rug.survey.importer.SurveyImporter;
import io.rug.survey.store.ImportSummary;
import io.rug.survey.store.SurveyStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rug survey import DIR}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports published answers (org index Markdown, poll CSVs).",
      "",
      "Reads DIR/org-index/*.md (one organisation per file, matched to a questionnaire version by"
          + " its headings) and DIR/events-2019-kubecon-na/*.csv (the 2019 live poll). Imported"
          + " answers are approved. Re-running changes nothing. A malformed file is reported as"
          + " file:line: message and nothing is imported (one transaction).",
      "",
      "Example: rug survey import survey/seed"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported", "2:malformed input (nothing imported)"})
public final class ImportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Folder holding org-index/ and/or events-*/.")
  Path dir;

  @Option(names = "--json", description = "Print the counts as JSON for scripts.")
  boolean json;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws Exception {
    try (SurveyStore store = db.open()) {
      ImportSummary s = new SurveyImporter(store.catalog()).importInto(store, dir);
      if (json) {
        spec.commandLine()
            .getOut()
            .printf(
                "{\"created\": %d, \"updated\": %d, \"unchanged\": %d}%n",
                s.created(), s.updated(), s.unchanged());
      } else {
        spec.commandLine()
            .getOut()
            .printf(
                "imported %s: %d created, %d updated, %d unchanged%n",
                dir, s.created(), s.updated(), s.unchanged());
      }
      return 0;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
  }
}
