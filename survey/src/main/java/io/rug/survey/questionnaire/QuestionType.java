package io.rug.survey.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of answer a question takes; {@link #yamlName()} is how questionnaire files spell it.
 */
public enum QuestionType {
  SINGLE("single"),
  MULTIPLE("multiple"),
  TEXT("text"),
  NUMBER("number"),
  YESNO("yesno"),
  URL("url"),
  /** A live-poll Q&A: free-text submissions that the audience up- and down-votes. */
  QA("qa");

  private final String yamlName;

  QuestionType(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  public boolean hasOptions() {
    return this == SINGLE || this == MULTIPLE;
  }

  /** The question type as the report names it: multiple-choice, open-ended or qa. */
  public String reportType() {
    return switch (this) {
      case SINGLE, MULTIPLE, YESNO -> "multiple-choice";
      case QA -> "qa";
      case TEXT, NUMBER, URL -> "open-ended";
    };
  }

  public static Optional<QuestionType> byYamlName(String name) {
    return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
  }
}
