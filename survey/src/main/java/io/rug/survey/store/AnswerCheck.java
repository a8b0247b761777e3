package io.rug.survey.store;

import io.rug.survey.questionnaire.Question;
import io.rug.survey.questionnaire.QuestionType;
import io.rug.survey.questionnaire.Questionnaire;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes answers fit their questionnaire version before they are stored: unknown codes, unknown
 * option codes and several values for a single-valued question are rejected; every question of the
 * version gets an entry (empty = left blank), in questionnaire order. Required questions are the
 * form's business (imported answers may be blank), so they are not checked here.
 */
final class AnswerCheck {
  private AnswerCheck() {}

  static boolean isNumber(String s) {
    try {
      new java.math.BigDecimal(s.strip().replace(',', '.')); // the form accepts 2,5 as well
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static boolean isWebUrl(String s) {
    try {
      java.net.URI u = new java.net.URI(s.strip());
      return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
          && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  static Answers complete(Questionnaire q, Answers given) {
    List<Question> questions = q.questions(); // built on each call: once here, not per code
    Set<String> asked = new HashSet<>();
    questions.forEach(question -> asked.add(question.code()));
    for (String code : given.codes()) {
      if (!asked.contains(code)) {
        throw new IllegalArgumentException(q.ref() + " has no question '" + code + "'");
      }
    }
    Map<String, List<AnswerValue>> out = new LinkedHashMap<>();
    for (Question question : questions) {
      List<AnswerValue> values = nonBlank(given.answerValues(question.code()));
      if (values.size() > 1 && !question.multiValued()) {
        throw new IllegalArgumentException(
            question.code() + " takes one value, got " + values.size());
      }
      for (AnswerValue v : values) {
        if ((question.type().hasOptions() || question.type() == QuestionType.YESNO)
            && question.option(v.value()).isEmpty()) {
          throw new IllegalArgumentException(
              question.code() + ": '" + v.value() + "' is not one of its options");
        }
        if (question.type() == QuestionType.NUMBER && !isNumber(v.value())) {
          throw new IllegalArgumentException(
              question.code() + ": '" + v.value() + "' is not a number");
        }
        if (question.type() == QuestionType.URL && !isWebUrl(v.value())) {
          throw new IllegalArgumentException(
              question.code() + ": '" + v.value() + "' is not an http(s) URL");
        }
      }
      out.put(question.code(), values);
    }
    return new Answers(out);
  }

  private static List<AnswerValue> nonBlank(List<AnswerValue> values) {
    for (AnswerValue v : values) {
      if (v.value().isBlank()) {
        return values.stream().filter(x -> !x.value().isBlank()).toList();
      }
    }
    return values;
  }
}
