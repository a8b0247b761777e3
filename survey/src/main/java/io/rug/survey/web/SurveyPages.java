package io.rug.survey.web;

import io.javalin.http.Context;
import io.rug.site.web.PageFrame;
import io.rug.survey.web.abuse.Rejected;

/**
 * Sends survey pages: a body wrapped in the site's frame, never cached (pages carry per-visitor
 * tokens), and the 4xx page for a {@link Rejected} request.
 */
public final class SurveyPages {
  private final PageFrame frame;
  private final SurveyTemplates templates;

  public SurveyPages(PageFrame frame, SurveyTemplates templates) {
    this.frame = frame;
    this.templates = templates;
  }

  public SurveyTemplates templates() {
    return templates;
  }

  public void send(Context ctx, int status, String title, String navPath, String body) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.html(frame.wrap(title, navPath, body));
  }

  public void rejected(Context ctx, Rejected r, String navPath) {
    send(
        ctx,
        r.status(),
        r.title(),
        navPath,
        templates.rejected(new RejectedView(r.status(), r.title(), r.getMessage())));
  }
}
