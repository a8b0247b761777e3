package io.rug.survey.web.moderate;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.rug.survey.web.SurveyBackend;
import io.rug.survey.web.SurveyPages;
import io.rug.survey.web.Visitors;
import io.rug.survey.web.abuse.CsrfGuard;
import io.rug.survey.web.abuse.Rejected;
import java.util.Optional;

/** Moderator login and logout, and the moderation queue's actions. */
public final class AdminHandlers {
  static final String NAV = "admin";
  private final SurveyBackend backend;
  private final SurveyPages pages;
  private final AdminSessions sessions;
  private final CsrfGuard csrf;
  private final Visitors visitors;
  private final QueuePages queue;

  public AdminHandlers(
      SurveyBackend backend,
      SurveyPages pages,
      AdminSessions sessions,
      CsrfGuard csrf,
      Visitors visitors,
      QueuePages queue) {
    this.backend = backend;
    this.pages = pages;
    this.sessions = sessions;
    this.csrf = csrf;
    this.visitors = visitors;
    this.queue = queue;
  }

  public void showQueue(Context ctx) {
    Optional<String> user = sessions.user(ctx.cookie(AdminSessions.COOKIE));
    if (user.isEmpty()) {
      ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
      return;
    }
    String token = csrf.tokenFor(ctx.cookie(AdminSessions.COOKIE));
    pages.send(
        ctx,
        200,
        "Moderation queue",
        NAV,
        pages.templates().queue(queue.view(user.get(), token, ctx)));
  }

  public void showLogin(Context ctx) {
    loginPage(ctx, 200, "", "");
  }

  public void login(Context ctx) {
    visitors.admitPost(ctx); // the rate limit also slows password guessing
    csrf.check(ctx.cookie(Visitors.FORM_COOKIE), ctx.formParam("csrf"));
    String user = String.valueOf(ctx.formParam("user")).strip();
    String password = String.valueOf(ctx.formParam("password"));
    if (!backend.verifyPassword(user, password)) {
      loginPage(ctx, 401, user, "User name or password is not correct.");
      return;
    }
    sessions.close(ctx.cookie(AdminSessions.COOKIE));
    String sid = sessions.open(user); // a fresh id at login: no session fixation
    ctx.cookie(Visitors.cookie(ctx, AdminSessions.COOKIE, sid, SameSite.STRICT, -1));
    ctx.redirect("/admin", HttpStatus.SEE_OTHER);
  }

  public void logout(Context ctx) {
    String sid = ctx.cookie(AdminSessions.COOKIE);
    csrf.check(sid, ctx.formParam("csrf"));
    sessions.close(sid);
    ctx.cookie(Visitors.cookie(ctx, AdminSessions.COOKIE, "", SameSite.STRICT, 0));
    ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
  }

  public void approve(Context ctx) {
    String user = requireModerator(ctx);
    long id = submissionId(ctx);
    backend.approve(id, user);
    ctx.redirect("/admin?approved=" + id, HttpStatus.SEE_OTHER);
  }

  public void reject(Context ctx) {
    String user = requireModerator(ctx);
    long id = submissionId(ctx);
    String reason = String.valueOf(ctx.formParam("reason")).strip();
    if (reason.isEmpty() || reason.equals("null")) {
      throw new Rejected(
          422,
          "Reason required",
          "Give a reason for rejecting; the queue keeps it for the record.");
    }
    backend.reject(id, user, reason);
    ctx.redirect("/admin?rejected=" + id, HttpStatus.SEE_OTHER);
  }

  /**
   * The logged-in moderator of a POST, after its size, rate and CSRF checks.
   *
   * @throws Rejected 401 without a live session, 403 with a bad CSRF token
   */
  String requireModerator(Context ctx) {
    visitors.admitPost(ctx);
    String sid = ctx.cookie(AdminSessions.COOKIE);
    String user =
        sessions
            .user(sid)
            .orElseThrow(
                () ->
                    new Rejected(
                        401, "Please log in", "Your moderator session has ended. Log in again."));
    csrf.check(sid, ctx.formParam("csrf"));
    return user;
  }

  Optional<String> moderator(Context ctx) {
    return sessions.user(ctx.cookie(AdminSessions.COOKIE));
  }

  String sessionToken(Context ctx) {
    return csrf.tokenFor(ctx.cookie(AdminSessions.COOKIE));
  }

  static long submissionId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new Rejected(404, "No such submission", "There is no submission with this number.");
    }
  }

  private void loginPage(Context ctx, int status, String user, String error) {
    String token = csrf.tokenFor(visitors.formCookie(ctx));
    pages.send(
        ctx,
        status,
        "Moderator login",
        NAV,
        pages.templates().login(new LoginView(token, user, error)));
  }
}
