package io.rug.survey.web;

import io.javalin.config.JavalinConfig;
import io.rug.site.web.PageFrame;
import io.rug.site.web.SiteSection;
import io.rug.survey.web.abuse.CsrfGuard;
import io.rug.survey.web.abuse.FormStamp;
import io.rug.survey.web.abuse.RateLimiter;
import io.rug.survey.web.abuse.Rejected;
import io.rug.survey.web.abuse.SigningKey;
import io.rug.survey.web.moderate.AdminEditHandlers;
import io.rug.survey.web.moderate.AdminHandlers;
import io.rug.survey.web.moderate.AdminSessions;
import io.rug.survey.web.moderate.QueuePages;
import io.rug.survey.web.orgs.OrgHandlers;
import io.rug.survey.web.results.ResultsHandlers;
import io.rug.survey.web.submit.AnswerForm;
import io.rug.survey.web.submit.EditHandlers;
import io.rug.survey.web.submit.SubmitHandlers;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The survey on the site: the public form, the org index, results and moderation. This class is the
 * survey's routes table; handlers live in the feature packages.
 */
public final class SurveySection implements SiteSection {
  private final SurveyPages pages;
  private final SubmitHandlers submit;
  private final EditHandlers edit;
  private final OrgHandlers orgs;
  private final ResultsHandlers results;
  private final AdminHandlers admin;
  private final AdminEditHandlers adminEdit;

  public SurveySection(
      PageFrame frame, SurveyBackend backend, SurveyWebConfig config, SigningKey key, Clock clock) {
    SecureRandom random = new SecureRandom();
    this.pages = new SurveyPages(frame, new SurveyTemplates());
    CsrfGuard csrf = new CsrfGuard(key);
    RateLimiter limiter =
        new RateLimiter(
            config.submitsPerMinute(), config.burst(), () -> clock.millis() * 1_000_000L);
    Visitors visitors = new Visitors(random, limiter, config.maxRequestBytes());
    AnswerForm answerForm = new AnswerForm(config.maxFieldChars());
    FormStamp stamps = new FormStamp(key, random, config.minFillTime(), config.maxFormAge());
    this.submit =
        new SubmitHandlers(backend, pages, stamps, csrf, visitors, answerForm, clock::instant);
    this.edit = new EditHandlers(backend, pages, csrf, visitors, answerForm);
    this.orgs = new OrgHandlers(backend, pages);
    this.results = new ResultsHandlers(backend, pages);
    AdminSessions sessions = new AdminSessions(random, clock::instant, Duration.ofHours(8));
    this.admin =
        new AdminHandlers(backend, pages, sessions, csrf, visitors, new QueuePages(backend));
    this.adminEdit = new AdminEditHandlers(backend, pages, admin, answerForm);
  }

  @Override
  public String navTitle() {
    return "Organisations";
  }

  @Override
  public String navPath() {
    return "orgs";
  }

  @Override
  public void addRoutes(JavalinConfig config) {
    config.routes.get("/survey/{questionnaire}", submit::showForm);
    config.routes.post("/survey/{questionnaire}", submit::submit);
    config.routes.get("/survey/edit/{token}", edit::show);
    config.routes.post("/survey/edit/{token}", edit::update);
    config.routes.post("/survey/edit/{token}/delete", edit::delete);
    config.routes.get("/orgs", orgs::index);
    config.routes.get("/orgs/{slug}", orgs::org);
    config.routes.get("/results/{questionnaire}", results::results);
    config.routes.get("/admin", admin::showQueue);
    config.routes.get("/admin/login", admin::showLogin);
    config.routes.post("/admin/login", admin::login);
    config.routes.post("/admin/logout", admin::logout);
    config.routes.post("/admin/submissions/{id}/approve", admin::approve);
    config.routes.post("/admin/submissions/{id}/reject", admin::reject);
    config.routes.get("/admin/submissions/{id}/edit", adminEdit::show);
    config.routes.post("/admin/submissions/{id}/edit", adminEdit::save);
    config.routes.exception(Rejected.class, (e, ctx) -> pages.rejected(ctx, e, navPath()));
  }
}
