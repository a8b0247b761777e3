package io.rug.survey.web.submit;

import java.util.List;

/**
 * The survey form page. Errors are listed at the top, each linking to its field, and repeated next
 * to the field.
 */
public record FormView(
    String title,
    String intro,
    String action,
    List<SectionView> sections,
    List<ErrorLink> errors,
    String version,
    String stamp,
    String csrf,
    boolean consentAsked,
    boolean consent,
    String consentError,
    String submitLabel) {

  /** A fieldset of the form. */
  public record SectionView(String title, List<FieldView> fields) {}

  /** An entry of the error summary. */
  public record ErrorLink(String fieldId, String message) {}

  public static final String HONEYPOT = "website";
  public static final String CONSENT = "consent";
}
