package io.rug.survey.web;

import io.rug.survey.questionnaire.Question;
import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.Section;
import io.rug.survey.web.SurveyBackend.FormSpec;
import io.rug.survey.web.submit.FormQuestion;
import java.util.ArrayList;
import java.util.List;

/** Questionnaire versions as web forms. */
final class FormSpecs {

  private FormSpecs() {}

  static FormSpec of(Questionnaire q) {
    List<FormQuestion> questions = new ArrayList<>();
    for (Section s : q.sections()) {
      for (Question question : s.questions()) {
        questions.add(
            new FormQuestion(
                question.code(),
                s.title(),
                question.text(),
                question.help(),
                kind(q, question),
                question.required(),
                question.choices().stream()
                    .map(o -> new FormQuestion.Choice(o.code(), o.label()))
                    .toList()));
      }
    }
    return new FormSpec(q.id(), Integer.toString(q.version()), q.title(), q.intro(), questions);
  }

  /** Free text is a text area, except short fields such as a name, a date or a contact. */
  private static String kind(Questionnaire q, Question question) {
    return switch (question.type()) {
      case SINGLE -> "single";
      case MULTIPLE -> "multiple";
      case YESNO -> "yesno";
      case NUMBER -> "number";
      case URL -> "url";
      case TEXT, QA ->
          question.code().equals(q.titleQuestion()) || !question.text().contains("?")
              ? "text"
              : "textarea";
    };
  }
}
