package io.rug.survey.web;

import static io.rug.survey.web.SubmissionFormIT.filledIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.web.testing.SurveyServer;
import io.rug.survey.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moderation: login, sessions, CSRF, and nothing public until approved. */
class ModerationIT {
  @TempDir Path dataDir;
  SurveyServer server;
  WebClient respondent;
  WebClient moderator;

  @BeforeEach
  void start() throws Exception {
    server = SurveyServer.start(dataDir, "");
    respondent = server.client();
    moderator = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private long submit(String orgName) {
    String html = respondent.get("/survey/org-index").body();
    server.passTime(Duration.ofSeconds(30));
    assertThat(respondent.post("/survey/org-index", filledIn(html, orgName)).statusCode())
        .isEqualTo(200);
    return server.store().pending().stream()
        .filter(s -> s.answers().first("org.name").equals(orgName))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private String logIn() {
    String login = moderator.get("/admin/login").body();
    HttpResponse<String> r =
        moderator.post(
            "/admin/login",
            List.of(
                Map.entry("csrf", WebClient.hiddenFields(login).get("csrf")),
                Map.entry("user", SurveyServer.ADMIN),
                Map.entry("password", SurveyServer.PASSWORD)));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("rug_admin=")
                    .contains("HttpOnly")
                    .contains("SameSite=Strict"));
    return WebClient.hiddenFields(moderator.get("/admin").body()).get("csrf");
  }

  @Test
  void publishesNothingUntilAModeratorApprovesIt() {
    long id = submit("Example Lab");
    assertThat(respondent.get("/orgs").body()).doesNotContain("Example Lab");
    assertThat(respondent.get("/orgs/example-lab").statusCode()).isEqualTo(404);

    String csrf = logIn();
    assertThat(moderator.get("/admin").body())
        .contains("Example Lab")
        .contains("Approve Example Lab");
    HttpResponse<String> approved =
        moderator.post("/admin/submissions/" + id + "/approve", List.of(Map.entry("csrf", csrf)));
    assertThat(approved.statusCode()).isEqualTo(303);

    assertThat(respondent.get("/orgs").body()).contains("href=\"/orgs/example-lab\"");
    String org = respondent.get("/orgs/example-lab").body();
    assertThat(org)
        .contains("<dt>Which sector is your organization in?</dt>")
        .contains("<dd>Academia</dd>")
        .contains("<dd>1.31</dd>")
        .contains("Left blank.");
  }

  @Test
  void showsAScriptAnswerAsTextEverywhere() {
    long id = submit("<script>alert(1)</script> Lab");
    String csrf = logIn();
    String queue = moderator.get("/admin").body();
    assertThat(queue).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    moderator.post("/admin/submissions/" + id + "/approve", List.of(Map.entry("csrf", csrf)));
    String index = respondent.get("/orgs").body();
    assertThat(index)
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Lab");
    HttpResponse<String> org = respondent.get("/orgs/script-alert-1-script-lab");
    assertThat(org.statusCode()).isEqualTo(200);
    assertThat(org.body())
        .doesNotContain("<script>alert(1)</script>")
        .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; Lab</h1>");
  }

  @Test
  void rejectsWithAReasonAndKeepsTheSubmissionPrivate() {
    long id = submit("Spam Corp");
    String csrf = logIn();
    HttpResponse<String> noReason =
        moderator.post("/admin/submissions/" + id + "/reject", List.of(Map.entry("csrf", csrf)));
    assertThat(noReason.statusCode()).isEqualTo(422);
    HttpResponse<String> rejected =
        moderator.post(
            "/admin/submissions/" + id + "/reject",
            List.of(Map.entry("csrf", csrf), Map.entry("reason", "advertising")));
    assertThat(rejected.statusCode()).isEqualTo(303);
    assertThat(server.store().findById(id).orElseThrow().rejectReason()).isEqualTo("advertising");
    assertThat(moderator.get("/admin").body()).contains("advertising");
    assertThat(respondent.get("/orgs").body()).doesNotContain("Spam Corp");
  }

  @Test
  void moderatorEditsAnswersBeforeApproving() {
    long id = submit("Exmaple Lab");
    String csrf = logIn();
    String edit = moderator.get("/admin/submissions/" + id + "/edit").body();
    assertThat(edit).contains("value=\"Exmaple Lab\"");
    HttpResponse<String> saved =
        moderator.post(
            "/admin/submissions/" + id + "/edit",
            List.of(
                Map.entry("csrf", csrf),
                Map.entry("q.org.name", "Example Lab"),
                Map.entry("q.org.sector", "academia")));
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(server.store().findById(id).orElseThrow().answers().first("org.name"))
        .isEqualTo("Example Lab");
  }

  @Test
  void requiresALoginAndACsrfTokenForEveryModerationAction() {
    long id = submit("Example Lab");
    assertThat(moderator.get("/admin").statusCode()).isEqualTo(303);
    assertThat(
            moderator
                .post("/admin/submissions/" + id + "/approve", List.of(Map.entry("csrf", "x")))
                .statusCode())
        .isEqualTo(401);
    String login = moderator.get("/admin/login").body();
    HttpResponse<String> wrong =
        moderator.post(
            "/admin/login",
            List.of(
                Map.entry("csrf", WebClient.hiddenFields(login).get("csrf")),
                Map.entry("user", SurveyServer.ADMIN),
                Map.entry("password", "guess")));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("not correct");
    logIn();
    HttpResponse<String> forged =
        moderator.post(
            "/admin/submissions/" + id + "/approve", List.of(Map.entry("csrf", "forged")));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(server.store().findById(id).orElseThrow().status().dbName()).isEqualTo("pending");
  }
}
