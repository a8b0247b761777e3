package io.rug.survey.web.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerFormTest {
  private final AnswerForm form = new AnswerForm(20);
  private final List<FormQuestion> questions =
      List.of(
          new FormQuestion("org.name", "Org", "Organization name", "", "text", true, List.of()),
          new FormQuestion(
              "org.sector",
              "Org",
              "Which sector?",
              "",
              "single",
              true,
              List.of(
                  new FormQuestion.Choice("academia", "Academia"),
                  new FormQuestion.Choice("other", "Other"))),
          new FormQuestion(
              "infra.gpus",
              "Infra",
              "Which devices?",
              "",
              "multiple",
              false,
              List.of(
                  new FormQuestion.Choice("nvidia", "NVIDIA"),
                  new FormQuestion.Choice("amd", "AMD"))),
          new FormQuestion(
              "org.size", "Org", "How many researchers?", "", "number", false, List.of()),
          new FormQuestion("org.site", "Org", "Site", "", "url", false, List.of()),
          new FormQuestion("org.hpc", "Org", "Traditional HPC?", "", "yesno", false, List.of()));

  @Test
  void acceptsValidAnswersAndLeavesBlankOnesOut() {
    AnswerForm.Parsed p =
        form.parse(
            questions,
            Map.of(
                "q.org.name", List.of("  Example Lab \r\n"),
                "q.org.sector", List.of("academia"),
                "q.infra.gpus", List.of("nvidia", "amd"),
                "q.org.size", List.of("250"),
                "q.org.site", List.of("https://example.org"),
                "q.org.hpc", List.of("yes")));
    assertThat(p.valid()).isTrue();
    assertThat(p.answers())
        .containsEntry("org.name", List.of("Example Lab"))
        .containsEntry("infra.gpus", List.of("nvidia", "amd"))
        .containsEntry("org.hpc", List.of("yes"));
    AnswerForm.Parsed minimal =
        form.parse(questions, Map.of("q.org.name", List.of("X"), "q.org.sector", List.of("other")));
    assertThat(minimal.answers()).containsOnlyKeys("org.name", "org.sector");
  }

  @Test
  void reportsEachInvalidFieldWithAMessageNamingTheQuestion() {
    AnswerForm.Parsed p =
        form.parse(
            questions,
            Map.of(
                "q.org.name", List.of("   "),
                "q.org.sector", List.of("academia", "other"),
                "q.infra.gpus", List.of("tpu"),
                "q.org.size", List.of("lots"),
                "q.org.site", List.of("javascript:alert(1)"),
                "q.org.hpc", List.of("maybe")));
    assertThat(p.errors())
        .containsEntry("q.org.name", "Answer “Organization name”; it is required.")
        .containsEntry("q.org.sector", "Choose only one answer for “Which sector?”.")
        .containsEntry("q.infra.gpus", "Choose one of the listed answers for “Which devices?”.")
        .containsEntry("q.org.size", "Enter a number for “How many researchers?”, for example 250.")
        .containsEntry("q.org.site", "Enter a web address starting with https:// for “Site”.")
        .containsKey("q.org.hpc");
  }

  @Test
  void rejectsAnAnswerLongerThanTheFieldLimit() {
    AnswerForm.Parsed p =
        form.parse(
            questions,
            Map.of("q.org.name", List.of("x".repeat(21)), "q.org.sector", List.of("other")));
    assertThat(p.errors())
        .containsEntry(
            "q.org.name", "“Organization name” is too long (21 characters; at most 20).");
  }
}
