package io.rug.survey.web.orgs;

import java.util.List;

/** One organisation's approved answers, each under its question, grouped by section. */
public record OrgView(String name, String questionnaireVersion, List<Section> sections) {

  /** A section of the questionnaire. */
  public record Section(String title, List<Answer> answers) {}

  /**
   * One question and its answer. {@code state} is "answered", "blank" (left empty) or "not-asked"
   * (the question did not exist in the version this organisation answered).
   */
  public record Answer(String question, String state, List<String> values) {
    public boolean answered() {
      return state.equals("answered");
    }

    public boolean notAsked() {
      return state.equals("not-asked");
    }
  }
}
