package io.rug.survey.web.submit;

import io.javalin.http.Context;
import io.rug.survey.web.SurveyBackend;
import io.rug.survey.web.SurveyBackend.FormSpec;
import io.rug.survey.web.SurveyPages;
import io.rug.survey.web.Visitors;
import io.rug.survey.web.abuse.CsrfGuard;
import io.rug.survey.web.abuse.FormStamp;
import io.rug.survey.web.abuse.Rejected;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The public form: show, validate, store once, confirm with a private edit link. */
public final class SubmitHandlers {
  private static final String NAV = "orgs";
  private final SurveyBackend backend;
  private final SurveyPages pages;
  private final FormStamp stamps;
  private final CsrfGuard csrf;
  private final Visitors visitors;
  private final AnswerForm answerForm;
  private final Supplier<Instant> clock;
  private final SplicedPages splicedPages = new SplicedPages();

  public SubmitHandlers(
      SurveyBackend backend,
      SurveyPages pages,
      FormStamp stamps,
      CsrfGuard csrf,
      Visitors visitors,
      AnswerForm answerForm,
      Supplier<Instant> clock) {
    this.backend = backend;
    this.pages = pages;
    this.stamps = stamps;
    this.csrf = csrf;
    this.visitors = visitors;
    this.answerForm = answerForm;
    this.clock = clock;
  }

  public void showForm(Context ctx) {
    FormSpec spec =
        backend.latest(ctx.pathParam("questionnaire")).orElseThrow(SubmitHandlers::noSuchForm);
    String token = csrf.tokenFor(visitors.formCookie(ctx));
    String stamp = stamps.issue(spec.formId(), clock.get());
    pages.send(
        ctx,
        200,
        splicedPages.page(
            "form " + spec.formId(),
            List.of(SplicedPages.STAMP, SplicedPages.CSRF),
            List.of(stamp, token),
            t -> page(200, spec, Map.of(), Map.of(), t.get(0), t.get(1), false, "")));
  }

  public void submit(Context ctx) {
    visitors.admitPost(ctx);
    String id = ctx.pathParam("questionnaire");
    Map<String, List<String>> params = FormFields.of(ctx);
    String csrfToken = FormFields.first(params, "csrf");
    csrf.check(ctx.cookie(Visitors.FORM_COOKIE), csrfToken);
    rejectBots(FormFields.first(params, FormView.HONEYPOT));
    FormSpec spec =
        backend
            .version(id, String.valueOf(FormFields.first(params, "version")))
            .or(() -> backend.latest(id))
            .orElseThrow(SubmitHandlers::noSuchForm);
    String stamp = FormFields.first(params, "stamp");
    String idempotencyKey = stamps.verify(stamp, spec.formId(), clock.get());
    AnswerForm.Parsed parsed = answerForm.parse(spec.questions(), params);
    boolean consent = "yes".equals(FormFields.first(params, FormView.CONSENT));
    String consentError =
        consent ? "" : "Tick the consent box; without it we cannot publish or keep your answers.";
    if (!parsed.valid() || !consent) {
      String again =
          page(
              422,
              spec,
              postedAnswers(spec, params),
              parsed.errors(),
              stamp,
              csrfToken,
              consent,
              consentError);
      pages.send(ctx, 422, again.getBytes(StandardCharsets.UTF_8));
      return;
    }
    CompletableFuture<SurveyBackend.Receipt> stored =
        backend.submit(spec, parsed.answers(), idempotencyKey);
    // no thread waits for the commit; the confirmation is sent by whoever completes it
    ctx.future(() -> stored.thenAccept(receipt -> confirm(ctx, spec, receipt)));
  }

  private void confirm(Context ctx, FormSpec spec, SurveyBackend.Receipt receipt) {
    boolean again = !receipt.created();
    pages.send(
        ctx,
        200,
        splicedPages.page(
            (again ? "resubmitted " : "stored ") + spec.formId(),
            List.of(SplicedPages.EDIT_TOKEN),
            List.of(receipt.editToken()),
            t -> confirmPage(spec, t.get(0), again)));
  }

  private String confirmPage(FormSpec spec, String editToken, boolean resubmitted) {
    ConfirmView view = new ConfirmView(spec.title(), "/survey/edit/" + editToken, resubmitted);
    return pages.page("Thank you", NAV, pages.templates().confirm(view));
  }

  /** The honeypot: a field hidden from people; anything typed into it was typed by a bot. */
  static void rejectBots(Context ctx) {
    rejectBots(ctx.formParam(FormView.HONEYPOT));
  }

  private static void rejectBots(String trap) {
    if (trap != null && !trap.isEmpty()) {
      throw new Rejected(
          400,
          "Submission refused",
          "A field that people cannot see was filled in, so this looks like an automated"
              + " submission. If you are a person, reload the page and send the form again.");
    }
  }

  static Map<String, List<String>> postedAnswers(FormSpec spec, Map<String, List<String>> params) {
    Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
    for (FormQuestion q : spec.questions()) {
      answers.put(q.code(), AnswerForm.posted(params, q.fieldId()));
    }
    return answers;
  }

  private String page(
      int status,
      FormSpec spec,
      Map<String, List<String>> answers,
      Map<String, String> errors,
      String stamp,
      String csrfToken,
      boolean consent,
      String consentError) {
    List<FormView.SectionView> sections = FormPages.sections(spec.questions(), answers, errors);
    FormView view =
        new FormView(
            spec.title(),
            spec.intro(),
            "/survey/" + spec.id(),
            sections,
            FormPages.errorLinks(sections, errors, consentError),
            spec.version(),
            stamp,
            csrfToken,
            true,
            consent,
            consentError,
            "Send my answers");
    String title = (status == 200 ? "" : "Error: ") + spec.title();
    return pages.page(title, NAV, pages.templates().form(view));
  }

  static Rejected noSuchForm() {
    return new Rejected(404, "No such questionnaire", "There is no survey form at this address.");
  }
}
