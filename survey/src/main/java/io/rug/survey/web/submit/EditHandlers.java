package io.rug.survey.web.submit;

import io.javalin.http.Context;
import io.rug.survey.web.SurveyBackend;
import io.rug.survey.web.SurveyBackend.FormSpec;
import io.rug.survey.web.SurveyBackend.Stored;
import io.rug.survey.web.SurveyPages;
import io.rug.survey.web.Visitors;
import io.rug.survey.web.abuse.CsrfGuard;
import io.rug.survey.web.abuse.Rejected;
import java.util.List;
import java.util.Map;

/** The respondent's private link: change the answers (back to moderation) or delete them. */
public final class EditHandlers {
  private static final String NAV = "orgs";
  private final SurveyBackend backend;
  private final SurveyPages pages;
  private final CsrfGuard csrf;
  private final Visitors visitors;
  private final AnswerForm answerForm;

  public EditHandlers(
      SurveyBackend backend,
      SurveyPages pages,
      CsrfGuard csrf,
      Visitors visitors,
      AnswerForm answerForm) {
    this.backend = backend;
    this.pages = pages;
    this.csrf = csrf;
    this.visitors = visitors;
    this.answerForm = answerForm;
  }

  public void show(Context ctx) {
    Stored stored = find(ctx);
    String token = csrf.tokenFor(visitors.formCookie(ctx));
    render(ctx, 200, stored, stored.answers(), Map.of(), token);
  }

  public void update(Context ctx) {
    visitors.admitPost(ctx);
    csrf.check(ctx.cookie(Visitors.FORM_COOKIE), ctx.formParam("csrf"));
    SubmitHandlers.rejectBots(ctx);
    Stored stored = find(ctx);
    FormSpec spec = spec(stored);
    AnswerForm.Parsed parsed = answerForm.parse(spec.questions(), ctx.formParamMap());
    if (!parsed.valid()) {
      render(
          ctx,
          422,
          stored,
          SubmitHandlers.postedAnswers(spec, ctx.formParamMap()),
          parsed.errors(),
          ctx.formParam("csrf"));
      return;
    }
    backend.updateByEditToken(ctx.pathParam("token"), parsed.answers());
    done(
        ctx,
        "Answers updated",
        "Your changes are stored. A moderator reviews them before they are public.");
  }

  public void delete(Context ctx) {
    visitors.admitPost(ctx);
    csrf.check(ctx.cookie(Visitors.FORM_COOKIE), ctx.formParam("csrf"));
    find(ctx);
    backend.deleteByEditToken(ctx.pathParam("token"));
    done(
        ctx,
        "Submission deleted",
        "Your answers are deleted and no longer appear anywhere on this site.");
  }

  private void done(Context ctx, String title, String message) {
    pages.send(ctx, 200, title, NAV, pages.templates().done(new DoneView(title, message)));
  }

  private Stored find(Context ctx) {
    return backend
        .byEditToken(ctx.pathParam("token"))
        .orElseThrow(
            () ->
                new Rejected(
                    404,
                    "Link not valid",
                    "This edit link does not match any submission. It may have been deleted."));
  }

  private FormSpec spec(Stored stored) {
    return backend
        .version(stored.questionnaireId(), stored.version())
        .orElseThrow(SubmitHandlers::noSuchForm);
  }

  private void render(
      Context ctx,
      int status,
      Stored stored,
      Map<String, List<String>> answers,
      Map<String, String> errors,
      String token) {
    FormSpec spec = spec(stored);
    String path = "/survey/edit/" + ctx.pathParam("token");
    List<FormView.SectionView> sections = FormPages.sections(spec.questions(), answers, errors);
    FormView form =
        new FormView(
            "Edit your answers: " + spec.title(),
            "",
            path,
            sections,
            FormPages.errorLinks(sections, errors, ""),
            spec.version(),
            "",
            token,
            false,
            true,
            "",
            "Save changes");
    pages.send(
        ctx,
        status,
        (status == 200 ? "" : "Error: ") + "Edit your answers",
        NAV,
        pages.templates().edit(new EditView(form, path + "/delete", token, stored.status())));
  }
}
