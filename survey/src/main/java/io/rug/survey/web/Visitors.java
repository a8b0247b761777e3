package io.rug.survey.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.rug.survey.web.abuse.RateLimiter;
import io.rug.survey.web.abuse.Rejected;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What the survey knows about the browser on the other end: its form cookie (the CSRF binding for
 * public forms), its address for the rate limit, and whether its request body is within limits.
 */
public final class Visitors {
  public static final String FORM_COOKIE = "rug_form";
  private static final Pattern COOKIE_VALUE = Pattern.compile("[0-9a-f]{32}");
  private final SecureRandom random;
  private final RateLimiter limiter;
  private final int maxRequestBytes;

  public Visitors(SecureRandom random, RateLimiter limiter, int maxRequestBytes) {
    this.random = random;
    this.limiter = limiter;
    this.maxRequestBytes = maxRequestBytes;
  }

  /** The visitor's form cookie, set (HttpOnly, SameSite=Lax) when it has none yet. */
  public String formCookie(Context ctx) {
    String value = ctx.cookie(FORM_COOKIE);
    if (value == null || !COOKIE_VALUE.matcher(value).matches()) {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      value = HexFormat.of().formatHex(bytes);
      ctx.cookie(cookie(ctx, FORM_COOKIE, value, SameSite.LAX, 7 * 24 * 3600));
    }
    return value;
  }

  /** Session-style cookie: HttpOnly, path "/", Secure when the request came over HTTPS. */
  public static Cookie cookie(
      Context ctx, String name, String value, SameSite sameSite, int maxAge) {
    boolean https = "https".equals(ctx.scheme()) || "https".equals(ctx.header("X-Forwarded-Proto"));
    return new Cookie(name, value, "/", maxAge, https, true, null, sameSite);
  }

  /**
   * Checks a POST before its body is read: size (413, or 411 without a length) and the client's
   * rate limit (429).
   */
  public void admitPost(Context ctx) {
    int length = ctx.contentLength();
    if (length < 0) {
      throw new Rejected(
          411, "Length required", "Send the form with a Content-Length header, as browsers do.");
    }
    if (length > maxRequestBytes) {
      throw new Rejected(
          413,
          "Form too large",
          "This form is "
              + length / 1024
              + " KiB; the limit is "
              + maxRequestBytes / 1024
              + " KiB. Shorten your longest answers and send it again.");
    }
    if (!limiter.tryAcquire(ctx.ip())) {
      ctx.header("Retry-After", Long.toString(limiter.retryAfterSeconds()));
      throw new Rejected(
          429,
          "Too many submissions",
          "This address sent too many forms in a short time. Wait "
              + limiter.retryAfterSeconds()
              + " seconds and try again.");
    }
  }
}
