package io.rug.survey.web;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.rug.site.web.PageFrame;
import io.rug.survey.web.abuse.Rejected;
import java.io.IOException;
import java.io.UncheckedIOException;

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
    headers(ctx, status);
    ctx.html(page(title, navPath, body));
  }

  /**
   * A complete page, already encoded as UTF-8 (see {@link #page}). Written straight to the response
   * with its length: handing Javalin a result stream would copy it through a fresh buffer per
   * response, the largest allocation of a busy form.
   */
  public void send(Context ctx, int status, byte[] page) {
    headers(ctx, status);
    ctx.contentType(ContentType.TEXT_HTML);
    try {
      ctx.res().setContentLength(page.length);
      ctx.res().getOutputStream().write(page);
    } catch (IOException e) {
      throw new UncheckedIOException("the client went away", e);
    }
  }

  /** The complete HTML document of a page: the body in the site's frame. */
  public String page(String title, String navPath, String body) {
    return frame.wrap(title, navPath, body);
  }

  private static void headers(Context ctx, int status) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
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
