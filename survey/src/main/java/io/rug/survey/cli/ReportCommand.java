package io.rug.survey.cli;

import io.rug.survey.report.Report;
import io.rug.survey.report.ReportBuilder;
import io.rug.survey.report.ReportJson;
import io.rug.survey.report.ReportText;
import io.rug.survey.store.SurveyStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rug survey report}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Prints aggregated results of approved answers.",
      "",
      "Counts and percentages per option; free-text answers grouped into themes (case,"
          + " punctuation and small misspellings merged); Q&A themes with summed up/down votes.",
      "",
      "Example: rug survey report --event kubecon-na-2019 --json"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:unknown questionnaire, event or sector"})
public final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class Target {
    @Option(
        names = "--event",
        paramLabel = "ID",
        description = "A poll event, e.g. kubecon-na-2019.")
    String event;

    @Option(
        names = "--questionnaire",
        paramLabel = "ID",
        description = "A questionnaire, e.g. org-index.")
    String questionnaire;
  }

  @ArgGroup(multiplicity = "1")
  Target target;

  @Option(names = "--sector", paramLabel = "CODE", description = "Only answers of this sector.")
  String sector;

  @Option(names = "--json", description = "Print JSON for scripts.")
  boolean json;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws IOException {
    String id = target.event != null ? target.event : target.questionnaire;
    try (SurveyStore store = db.openWithPublishedAnswers()) {
      Report r =
          new ReportBuilder(store.catalog())
              .build(id, store.approved(id), Optional.ofNullable(sector));
      Report shown =
          new Report(
              target.event != null ? "event" : "questionnaire",
              r.id(),
              r.title(),
              r.activities(),
              r.participants(),
              r.sector(),
              r.questions());
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? ReportJson.write(shown) : ReportText.write(shown));
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("rug survey report: " + e.getMessage());
      return 2;
    }
  }
}
