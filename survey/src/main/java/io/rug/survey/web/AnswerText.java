package io.rug.survey.web;

import io.rug.survey.web.submit.FormQuestion;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Answers as people read them: option codes replaced by their labels. */
public final class AnswerText {

  private AnswerText() {}

  public static List<String> labels(FormQuestion q, List<String> values) {
    if (q.choices().isEmpty()) {
      return values;
    }
    Map<String, String> labels =
        q.choices().stream()
            .collect(
                Collectors.toMap(
                    FormQuestion.Choice::code, FormQuestion.Choice::label, (a, b) -> a));
    return values.stream().map(v -> labels.getOrDefault(v, v)).toList();
  }
}
