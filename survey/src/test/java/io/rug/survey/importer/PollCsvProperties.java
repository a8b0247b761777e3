package io.rug.survey.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

class PollCsvProperties {
  private final Questionnaire poll = QuestionnaireCatalog.shipped().require("kubecon-na-2019", 1);

  @Property(tries = 300)
  void answersWithCommasQuotesAndLineBreaksRoundTrip(
      @ForAll @Size(min = 1, max = 8) List<@StringLength(min = 1, max = 40) String> answers)
      throws Exception {
    Assume.that(answers.stream().noneMatch(String::isBlank));
    StringWriter csv = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180)) {
      p.printRecord(
          "Response #",
          "Started At (CST)",
          "Screen Name",
          "Public ID",
          "What tools or frameworks are you using or would like to use?");
      for (int i = 0; i < answers.size(); i++) {
        p.printRecord(i + 1, "11/20/19 2:02 PM", "Attendee-1", "627544", answers.get(i));
      }
    }
    PollCsvParser.Activity a = PollCsvParser.activity("t.csv", csv.toString(), poll);
    assertThat(a.question().code()).isEqualTo("poll.tools");
    assertThat(a.rows())
        .extracting(PollCsvParser.Row::value)
        .containsExactlyElementsOf(answers.stream().map(String::strip).toList());
    // each row's line is where its record starts in the file
    String[] lines = csv.toString().split("\r\n|\n|\r", -1);
    for (PollCsvParser.Row r : a.rows()) {
      assertThat(lines[r.line() - 1]).startsWith(r.responseNumber() + ",");
    }
  }
}
