package io.rug.survey.web.moderate;

import java.util.List;

/** The moderation queue: pending submissions with their answers and the actions on them. */
public record QueueView(
    String user, String csrf, String flash, List<Item> pending, List<Item> recent) {

  /** One submission as a moderator sees it. */
  public record Item(
      long id,
      String title,
      String questionnaire,
      String received,
      String status,
      String reason,
      List<Line> answers) {
    public String approveAction() {
      return "/admin/submissions/" + id + "/approve";
    }

    public String rejectAction() {
      return "/admin/submissions/" + id + "/reject";
    }

    public String editHref() {
      return "/admin/submissions/" + id + "/edit";
    }

    public String reasonId() {
      return "reason-" + id;
    }
  }

  /** A question and its answer, flattened for review. */
  public record Line(String question, String answer) {}
}
