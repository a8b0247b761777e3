package io.rug.survey.web.abuse;

/**
 * CSRF tokens bound to a browser: the token is the HMAC of a value the browser holds only as an
 * HttpOnly SameSite cookie (the admin session id, or the visitor's form cookie). A cross-site page
 * can neither read the cookie nor compute the token.
 */
public final class CsrfGuard {
  private final SigningKey key;

  public CsrfGuard(SigningKey key) {
    this.key = key;
  }

  public String tokenFor(String cookieValue) {
    return key.sign("csrf|" + cookieValue);
  }

  /**
   * @throws Rejected 403 when the cookie or token is missing or they do not match
   */
  public void check(String cookieValue, String token) {
    if (cookieValue == null || cookieValue.isEmpty() || !key.verify("csrf|" + cookieValue, token)) {
      throw new Rejected(
          403,
          "Security check failed",
          "The form's security token is missing or does not match this browser (cookies must be"
              + " enabled). Reload the page and send the form again.");
    }
  }
}
