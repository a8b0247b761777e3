package io.rug.survey.cli;

import io.rug.survey.export.AtomicFile;
import io.rug.survey.export.SubmissionExport;
import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.store.Submission;
import io.rug.survey.store.SurveyStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rug survey export}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports submissions as CSV or JSON, with a codebook.",
      "",
      "One row per submission of one questionnaire (all versions and statuses), one column per"
          + " question code, plus a codebook <FILE stem>.codebook.csv|json (code, text, type,"
          + " options, versions). CSV: NA = not asked in that version, empty = left blank, several"
          + " values joined by ' | '. JSON: null = not asked, [] = left blank. Files are written"
          + " atomically.",
      "",
      "Example: rug survey export --format csv --labels --out build/org-index.csv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:usage or input error"})
public final class ExportCommand implements Callable<Integer> {
  enum Format {
    csv,
    json
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", required = true, description = "csv or json.")
  Format format;

  @Option(names = "--labels", description = "Option labels instead of option codes.")
  boolean labels;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
  Path out;

  @Option(
      names = "--questionnaire",
      paramLabel = "ID",
      defaultValue = "org-index",
      description = "Questionnaire to export (default: ${DEFAULT-VALUE}).")
  String questionnaire;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws Exception {
    try (SurveyStore store = db.openWithPublishedAnswers()) {
      List<Questionnaire> versions = store.catalog().versions(questionnaire);
      if (versions.isEmpty()) {
        throw new IllegalArgumentException(
            "no questionnaire '" + questionnaire + "' (known: " + store.catalog().ids() + ")");
      }
      List<Submission> rows = store.all(questionnaire);
      SubmissionExport export = new SubmissionExport(versions, labels);
      boolean csv = format == Format.csv;
      String name = out.getFileName().toString();
      String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      Path codebook = out.resolveSibling(stem + ".codebook." + format);
      AtomicFile.write(codebook, csv ? export.codebookCsv() : export.codebookJson());
      AtomicFile.write(out, csv ? export.csv(rows) : export.json(rows));
      spec.commandLine()
          .getErr()
          .printf("wrote %d submissions to %s and the codebook %s%n", rows.size(), out, codebook);
      return 0;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("rug survey export: " + e.getMessage());
      return 2;
    }
  }
}
