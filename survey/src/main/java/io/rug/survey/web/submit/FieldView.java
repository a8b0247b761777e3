package io.rug.survey.web.submit;

import java.util.List;

/**
 * One question as a form control.
 *
 * @param id the HTML id and form name, e.g. {@code q.infra.k8s_version}
 * @param kind one of text, textarea, number, url, yesno, single, multiple
 * @param value the current value of text-like controls
 * @param error the message shown next to the control, or empty
 */
public record FieldView(
    String id,
    String kind,
    String label,
    String help,
    boolean required,
    String value,
    List<OptionView> options,
    String error) {

  /** One choice of a single/multiple choice or yes/no question. */
  public record OptionView(String value, String label, boolean checked, String id) {}

  public boolean hasError() {
    return !error.isEmpty();
  }

  public String errorId() {
    return id + ".error";
  }

  public String helpId() {
    return id + ".help";
  }

  /** The ids that describe this control, for aria-describedby. */
  public String describedBy() {
    String ids = (help.isEmpty() ? "" : helpId()) + (hasError() ? " " + errorId() : "");
    return ids.trim();
  }

  public boolean isChoice() {
    return kind.equals("single") || kind.equals("multiple") || kind.equals("yesno");
  }

  public String inputType() {
    return switch (kind) {
      case "number" -> "number";
      case "url" -> "url";
      default -> "text";
    };
  }

  public String choiceType() {
    return kind.equals("multiple") ? "checkbox" : "radio";
  }
}
