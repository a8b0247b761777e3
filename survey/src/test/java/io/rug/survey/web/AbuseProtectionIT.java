package io.rug.survey.web;

import static io.rug.survey.web.SubmissionFormIT.filledIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.web.testing.SurveyServer;
import io.rug.survey.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bots, forged posts, floods and oversized input each get a clear 4xx and store nothing. */
class AbuseProtectionIT {
  @TempDir Path dataDir;
  SurveyServer server;
  WebClient browser;

  @BeforeEach
  void start() throws Exception {
    server =
        SurveyServer.start(
            dataDir,
            "rate-limit.per-minute=2\nrate-limit.burst=3\nmax-field-chars=200\n"
                + "max-request-bytes=4096\n");
    browser = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String form() {
    String html = browser.get("/survey/org-index").body();
    server.passTime(Duration.ofSeconds(30));
    return html;
  }

  @Test
  void rejectsAPostWithoutTheCsrfTokenOfThisBrowser() {
    String html = form();
    List<Map.Entry<String, String>> forged = new ArrayList<>(filledIn(html, "Example Lab"));
    forged.removeIf(e -> e.getKey().equals("csrf"));
    forged.add(Map.entry("csrf", "forged"));
    HttpResponse<String> page = browser.post("/survey/org-index", forged);
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Security check failed");
    WebClient otherBrowser = server.client(); // has no form cookie: a cross-site post
    assertThat(otherBrowser.post("/survey/org-index", filledIn(html, "Example Lab")).statusCode())
        .isEqualTo(403);
    assertThat(server.store().pending()).isEmpty();
  }

  @Test
  void rejectsASubmissionThatFilledInTheHoneypot() {
    List<Map.Entry<String, String>> bot = new ArrayList<>(filledIn(form(), "Example Lab"));
    bot.removeIf(e -> e.getKey().equals("website"));
    bot.add(Map.entry("website", "http://spam.example"));
    HttpResponse<String> page = browser.post("/survey/org-index", bot);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Submission refused");
    assertThat(server.store().pending()).isEmpty();
  }

  @Test
  void rejectsAFormSentFasterThanAPersonCouldFillItIn() {
    String html = browser.get("/survey/org-index").body();
    server.passTime(Duration.ofMillis(500));
    HttpResponse<String> page = browser.post("/survey/org-index", filledIn(html, "Example Lab"));
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body()).contains("Submitted too quickly");
    assertThat(server.store().pending()).isEmpty();
  }

  @Test
  void rejectsATamperedStamp() {
    List<Map.Entry<String, String>> tampered = new ArrayList<>(filledIn(form(), "Example Lab"));
    tampered.replaceAll(
        e -> e.getKey().equals("stamp") ? Map.entry("stamp", "b3JnLWluZGV4QDN8MHx4.c2ln") : e);
    assertThat(browser.post("/survey/org-index", tampered).statusCode()).isEqualTo(400);
  }

  @Test
  void limitsPostsPerClientAddressAndSaysWhenToRetry() {
    String html = form();
    for (int i = 0; i < 3; i++) {
      assertThat(browser.post("/survey/org-index", filledIn(html, "Example Lab")).statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> limited = browser.post("/survey/org-index", filledIn(html, "Example Lab"));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(limited.body()).contains("Too many submissions");
    server.passTime(Duration.ofSeconds(30));
    assertThat(browser.post("/survey/org-index", filledIn(html, "Example Lab")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void rejectsAnOversizedRequestAndAnOverlongAnswer() {
    String html = form();
    HttpResponse<String> huge = browser.post("/survey/org-index", filledIn(html, "x".repeat(5000)));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body()).contains("Form too large");
    HttpResponse<String> longAnswer =
        browser.post("/survey/org-index", filledIn(html, "y".repeat(201)));
    assertThat(longAnswer.statusCode()).isEqualTo(422);
    assertThat(longAnswer.body()).contains("is too long (201 characters; at most 200)");
    assertThat(server.store().pending()).isEmpty();
  }
}
