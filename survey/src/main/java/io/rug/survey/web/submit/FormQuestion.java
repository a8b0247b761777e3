package io.rug.survey.web.submit;

import java.util.List;

/**
 * A question as the web form sees it, mapped from the questionnaire model.
 *
 * @param kind text, textarea, number, url, yesno, single or multiple
 * @param options choices of single/multiple questions (yes/no gets its own)
 */
public record FormQuestion(
    String code,
    String section,
    String text,
    String help,
    String kind,
    boolean required,
    List<Choice> options) {

  /** One choice: the code that is stored and the label people read. */
  public record Choice(String code, String label) {}

  public static final List<Choice> YES_NO =
      List.of(new Choice("yes", "Yes"), new Choice("no", "No"));

  public List<Choice> choices() {
    return kind.equals("yesno") ? YES_NO : options;
  }

  /** The form control's id and name. */
  public String fieldId() {
    return "q." + code;
  }
}
