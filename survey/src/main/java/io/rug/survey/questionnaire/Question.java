package io.rug.survey.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One question of a questionnaire version.
 *
 * @param code stable across versions, e.g. {@code infra.k8s_version}; a changed meaning gets a new
 *     code
 * @param section id of the section it belongs to
 * @param help optional help text ("" when none)
 * @param options choices for single/multiple questions (empty otherwise); yes/no answers are stored
 *     as {@code yes}/{@code no}
 * @param repeatable a text/qa question that one respondent may answer several times (live polls)
 * @param aliases other wordings of {@code text} seen in imported answers (old headings)
 * @param inResults false for identifying answers (name, contact, …) that aggregated results skip
 */
public record Question(
    String code,
    String section,
    String text,
    QuestionType type,
    boolean required,
    String help,
    List<Option> options,
    boolean repeatable,
    List<String> aliases,
    boolean inResults) {

  public Question {
    options = List.copyOf(options);
    aliases = List.copyOf(aliases);
  }

  /** Whether one respondent may give more than one value (multiple choice or repeatable). */
  public boolean multiValued() {
    return type == QuestionType.MULTIPLE || repeatable;
  }

  public Optional<Option> option(String code) {
    if (type == QuestionType.YESNO) {
      return YES_NO.stream().filter(o -> o.code().equals(code)).findFirst();
    }
    return options.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  /** The choices a respondent picks from: the options, or yes/no. */
  public List<Option> choices() {
    return type == QuestionType.YESNO ? YES_NO : options;
  }

  /** The label of a stored value: the option label for choices, else the value itself. */
  public String label(String value) {
    return option(value).map(Option::label).orElse(value);
  }

  public static final List<Option> YES_NO =
      List.of(new Option("yes", "Yes"), new Option("no", "No"));
}
