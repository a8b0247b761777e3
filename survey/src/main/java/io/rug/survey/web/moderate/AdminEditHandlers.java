package io.rug.survey.web.moderate;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.rug.survey.web.SurveyBackend;
import io.rug.survey.web.SurveyBackend.FormSpec;
import io.rug.survey.web.SurveyBackend.Stored;
import io.rug.survey.web.SurveyPages;
import io.rug.survey.web.abuse.Rejected;
import io.rug.survey.web.submit.AnswerForm;
import io.rug.survey.web.submit.FormPages;
import io.rug.survey.web.submit.FormQuestion;
import io.rug.survey.web.submit.FormView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A moderator corrects a submission's answers (typos, personal data) before approving it. */
public final class AdminEditHandlers {
  private final SurveyBackend backend;
  private final SurveyPages pages;
  private final AdminHandlers admin;
  private final AnswerForm answerForm;

  public AdminEditHandlers(
      SurveyBackend backend, SurveyPages pages, AdminHandlers admin, AnswerForm answerForm) {
    this.backend = backend;
    this.pages = pages;
    this.admin = admin;
    this.answerForm = answerForm;
  }

  public void show(Context ctx) {
    if (admin.moderator(ctx).isEmpty()) {
      ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
      return;
    }
    Stored s = find(ctx);
    render(ctx, 200, s, s.answers(), Map.of());
  }

  public void save(Context ctx) {
    String user = admin.requireModerator(ctx);
    Stored s = find(ctx);
    FormSpec spec = spec(s);
    AnswerForm.Parsed parsed = answerForm.parse(spec.questions(), ctx.formParamMap());
    if (!parsed.valid()) {
      Map<String, List<String>> posted = new LinkedHashMap<>();
      for (FormQuestion q : spec.questions()) {
        posted.put(q.code(), AnswerForm.posted(ctx.formParamMap(), q.fieldId()));
      }
      render(ctx, 422, s, posted, parsed.errors());
      return;
    }
    backend.adminEdit(s.id(), parsed.answers(), user);
    ctx.redirect("/admin?edited=" + s.id(), HttpStatus.SEE_OTHER);
  }

  private Stored find(Context ctx) {
    return backend
        .byId(AdminHandlers.submissionId(ctx))
        .orElseThrow(
            () ->
                new Rejected(
                    404, "No such submission", "There is no submission with this number."));
  }

  private FormSpec spec(Stored s) {
    return backend
        .version(s.questionnaireId(), s.version())
        .orElseThrow(
            () -> new Rejected(404, "No such questionnaire", "Its questionnaire is gone."));
  }

  private void render(
      Context ctx,
      int status,
      Stored s,
      Map<String, List<String>> answers,
      Map<String, String> errors) {
    FormSpec spec = spec(s);
    List<FormView.SectionView> sections = FormPages.sections(spec.questions(), answers, errors);
    FormView view =
        new FormView(
            "Edit submission " + s.id() + ": " + spec.title(),
            "",
            "/admin/submissions/" + s.id() + "/edit",
            sections,
            FormPages.errorLinks(sections, errors, ""),
            spec.version(),
            "",
            admin.sessionToken(ctx),
            false,
            true,
            "",
            "Save answers");
    pages.send(
        ctx, status, "Edit submission " + s.id(), AdminHandlers.NAV, pages.templates().form(view));
  }
}
