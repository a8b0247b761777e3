package io.rug.survey.web.abuse;

/**
 * A request the survey refuses, with the HTTP status and the words the visitor sees on the error
 * page. Thrown from handlers; the section turns it into a 4xx page.
 */
public final class Rejected extends RuntimeException {
  private final int status;
  private final String title;

  public Rejected(int status, String title, String message) {
    super(message);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
