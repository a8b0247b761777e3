package io.rug.survey.questionnaire;

import java.util.List;

/** A titled group of questions; {@code help} is an optional note shown under the title. */
public record Section(String id, String title, String help, List<Question> questions) {
  public Section {
    questions = List.copyOf(questions);
  }
}
