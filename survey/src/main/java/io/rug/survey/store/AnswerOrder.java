package io.rug.survey.store;

import io.rug.survey.questionnaire.Question;
import io.rug.survey.questionnaire.Questionnaire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts answers in the order of their questionnaire's questions (the database sorts by code). */
final class AnswerOrder {
  private AnswerOrder() {}

  static Answers of(Questionnaire q, Answers answers) {
    Map<String, List<AnswerValue>> out = new LinkedHashMap<>();
    for (Question question : q.questions()) {
      if (answers.asked(question.code())) {
        out.put(question.code(), answers.answerValues(question.code()));
      }
    }
    answers.byCode().forEach(out::putIfAbsent);
    return new Answers(out);
  }
}
