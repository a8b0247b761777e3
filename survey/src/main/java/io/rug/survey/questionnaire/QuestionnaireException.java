package io.rug.survey.questionnaire;

/** A questionnaire file that cannot be used; the message starts with {@code file:line:col:}. */
public final class QuestionnaireException extends IllegalArgumentException {
  public QuestionnaireException(String location, String message) {
    super(location + ": " + message);
  }
}
