package io.rug.survey.web.submit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the form's page model from questions, current answers and validation errors. */
public final class FormPages {

  private FormPages() {}

  /** Sections in question order, each with its fields filled from {@code answers}. */
  public static List<FormView.SectionView> sections(
      List<FormQuestion> questions, Map<String, List<String>> answers, Map<String, String> errors) {
    Map<String, List<FieldView>> bySection = new LinkedHashMap<>();
    for (FormQuestion q : questions) {
      List<String> values = answers.getOrDefault(q.code(), List.of());
      List<FieldView.OptionView> options = new ArrayList<>();
      int i = 0;
      for (FormQuestion.Choice c : q.choices()) {
        options.add(
            new FieldView.OptionView(
                c.code(), c.label(), values.contains(c.code()), q.fieldId() + "." + i++));
      }
      String kind = q.kind();
      bySection
          .computeIfAbsent(q.section(), s -> new ArrayList<>())
          .add(
              new FieldView(
                  q.fieldId(),
                  kind,
                  q.text(),
                  q.help(),
                  q.required(),
                  q.choices().isEmpty() ? String.join("\n", values) : "",
                  options,
                  errors.getOrDefault(q.fieldId(), "")));
    }
    List<FormView.SectionView> sections = new ArrayList<>();
    bySection.forEach((title, fields) -> sections.add(new FormView.SectionView(title, fields)));
    return sections;
  }

  /** The error summary: one link per invalid field, in form order; the first focusable option. */
  public static List<FormView.ErrorLink> errorLinks(
      List<FormView.SectionView> sections, Map<String, String> errors, String consentError) {
    List<FormView.ErrorLink> links = new ArrayList<>();
    for (FormView.SectionView s : sections) {
      for (FieldView f : s.fields()) {
        if (f.hasError()) {
          String target = f.isChoice() && !f.options().isEmpty() ? f.options().get(0).id() : f.id();
          links.add(new FormView.ErrorLink(target, f.error()));
        }
      }
    }
    if (!consentError.isEmpty()) {
      links.add(new FormView.ErrorLink(FormView.CONSENT, consentError));
    }
    return links;
  }
}
