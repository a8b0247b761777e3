package io.rug.survey.web.orgs;

import io.javalin.http.Context;
import io.rug.survey.web.AnswerText;
import io.rug.survey.web.SurveyBackend;
import io.rug.survey.web.SurveyBackend.FormSpec;
import io.rug.survey.web.SurveyBackend.Stored;
import io.rug.survey.web.SurveyPages;
import io.rug.survey.web.abuse.Rejected;
import io.rug.survey.web.submit.FormQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The public org index: approved org-index submissions only. */
public final class OrgHandlers {
  public static final String QUESTIONNAIRE = "org-index";
  private static final String NAV = "orgs";
  private final SurveyBackend backend;
  private final SurveyPages pages;

  public OrgHandlers(SurveyBackend backend, SurveyPages pages) {
    this.backend = backend;
    this.pages = pages;
  }

  public void index(Context ctx) {
    List<OrgsView.OrgLink> links =
        backend.approved(QUESTIONNAIRE).stream()
            .map(s -> new OrgsView.OrgLink("/orgs/" + s.slug(), s.title(), ""))
            .toList();
    pages.send(ctx, 200, "Organisations", NAV, pages.templates().orgs(new OrgsView(links)));
  }

  public void org(Context ctx) {
    String slug = ctx.pathParam("slug");
    Stored s =
        backend.approved(QUESTIONNAIRE).stream()
            .filter(o -> o.slug().equals(slug))
            .findFirst()
            .orElseThrow(
                () ->
                    new Rejected(
                        404,
                        "No such organisation",
                        "No published organisation has this address."));
    pages.send(ctx, 200, s.title(), NAV, pages.templates().org(view(s)));
  }

  /**
   * Every question of the answered version and of the latest version, in order, so a newer question
   * shows as "not asked" for an organisation that answered an older version.
   */
  OrgView view(Stored s) {
    List<FormQuestion> answered =
        backend
            .version(s.questionnaireId(), s.version())
            .map(FormSpec::questions)
            .orElse(List.of());
    List<FormQuestion> latest =
        backend.latest(s.questionnaireId()).map(FormSpec::questions).orElse(List.of());
    Set<String> asked = answered.stream().map(FormQuestion::code).collect(Collectors.toSet());
    List<FormQuestion> all = new ArrayList<>(answered);
    for (FormQuestion q : latest) {
      if (!asked.contains(q.code())) {
        all.add(q);
      }
    }
    Map<String, List<OrgView.Answer>> sections = new LinkedHashMap<>();
    for (FormQuestion q : all) {
      List<String> values = s.answers().getOrDefault(q.code(), List.of());
      String state =
          !asked.contains(q.code()) ? "not-asked" : values.isEmpty() ? "blank" : "answered";
      sections
          .computeIfAbsent(q.section(), k -> new ArrayList<>())
          .add(new OrgView.Answer(q.text(), state, AnswerText.labels(q, values)));
    }
    List<OrgView.Section> list = new ArrayList<>();
    sections.forEach((title, answers) -> list.add(new OrgView.Section(title, answers)));
    return new OrgView(s.title(), s.version(), list);
  }
}
