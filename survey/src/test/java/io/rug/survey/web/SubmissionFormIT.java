package io.rug.survey.web;

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

/** The public form against the real server and a real SQLite file. */
class SubmissionFormIT {
  @TempDir Path dataDir;
  SurveyServer server;
  WebClient browser;

  @BeforeEach
  void start() throws Exception {
    server = SurveyServer.start(dataDir, "");
    browser = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static List<Map.Entry<String, String>> filledIn(String formHtml, String orgName) {
    List<Map.Entry<String, String>> form = new ArrayList<>(WebClient.formFrom(formHtml));
    form.add(Map.entry("website", ""));
    form.add(Map.entry("q.org.name", orgName));
    form.add(Map.entry("q.org.sector", "academia"));
    form.add(Map.entry("q.infra.k8s_version", "1.31"));
    form.add(Map.entry("consent", "yes"));
    return form;
  }

  @Test
  void showsAnAccessibleFormWithLabelsFieldsetsHiddenStampAndConsent() {
    HttpResponse<String> page = browser.get("/survey/org-index");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<fieldset class=\"section\">")
        .contains("<label for=\"q.org.name\">Organization name")
        .contains("<legend>Which sector is your organization in?")
        .contains("id=\"q.org.sector.0\"")
        .contains("name=\"stamp\"")
        .contains("name=\"consent\"");
    assertThat(WebClient.hiddenFields(page.body())).containsKeys("stamp", "csrf", "version");
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("rug_form=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  @Test
  void storesAValidSubmissionAsPendingAndGivesAPrivateEditLink() {
    String form = browser.get("/survey/org-index").body();
    server.passTime(Duration.ofSeconds(30));
    HttpResponse<String> done = browser.post("/survey/org-index", filledIn(form, "Example Lab"));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains("Thank you")
        .containsPattern("/survey/edit/[A-Za-z0-9_-]{20,}");
    assertThat(server.store().pending())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.answers().first("org.name")).isEqualTo("Example Lab");
              assertThat(s.answers().first("org.sector")).isEqualTo("academia");
              assertThat(s.answers().blank("org.contact")).isTrue();
              assertThat(s.version()).isEqualTo(3);
            });
  }

  @Test
  void rejectsMissingRequiredAnswersWithAnErrorSummaryLinkingToEachField() {
    String form = browser.get("/survey/org-index").body();
    server.passTime(Duration.ofSeconds(30));
    List<Map.Entry<String, String>> incomplete = new ArrayList<>(WebClient.formFrom(form));
    incomplete.add(Map.entry("q.org.site", "not a url"));
    HttpResponse<String> page = browser.post("/survey/org-index", incomplete);
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("class=\"error-summary\"")
        .contains("href=\"#q.org.name\"")
        .contains("href=\"#q.org.sector.0\"")
        .contains("href=\"#q.org.site\"")
        .contains("href=\"#consent\"")
        .contains("id=\"q.org.name.error\"")
        .contains("aria-describedby=\"q.org.name.help q.org.name.error\"")
        .contains("value=\"not a url\"");
    assertThat(server.store().pending()).isEmpty();
  }

  @Test
  void rejectsSubmissionWithoutConsent() {
    String form = browser.get("/survey/org-index").body();
    server.passTime(Duration.ofSeconds(30));
    List<Map.Entry<String, String>> noConsent = new ArrayList<>(filledIn(form, "Example Lab"));
    noConsent.removeIf(e -> e.getKey().equals("consent"));
    HttpResponse<String> page = browser.post("/survey/org-index", noConsent);
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body()).contains("Tick the consent box").contains("value=\"Example Lab\"");
    assertThat(server.store().pending()).isEmpty();
  }

  @Test
  void resubmittingTheSameFormGivesTheSameConfirmationAndStoresItOnce() {
    String form = browser.get("/survey/org-index").body();
    server.passTime(Duration.ofSeconds(30));
    HttpResponse<String> first = browser.post("/survey/org-index", filledIn(form, "Example Lab"));
    HttpResponse<String> again = browser.post("/survey/org-index", filledIn(form, "Example Lab"));
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("already received");
    assertThat(editLink(again.body())).isEqualTo(editLink(first.body()));
    assertThat(server.store().pending()).hasSize(1);
  }

  @Test
  void editLinkChangesTheAnswersAndDeleteRemovesThem() {
    String form = browser.get("/survey/org-index").body();
    server.passTime(Duration.ofSeconds(30));
    String link = editLink(browser.post("/survey/org-index", filledIn(form, "Example Lab")).body());
    String editPage = browser.get(link).body();
    assertThat(editPage).contains("value=\"Example Lab\"").contains("Delete my submission");
    List<Map.Entry<String, String>> changed = new ArrayList<>(WebClient.formFrom(editPage));
    changed.add(Map.entry("q.org.name", "Example Lab (renamed)"));
    changed.add(Map.entry("q.org.sector", "government"));
    assertThat(browser.post(link, changed).statusCode()).isEqualTo(200);
    assertThat(server.store().pending().get(0).answers().first("org.name"))
        .isEqualTo("Example Lab (renamed)");
    HttpResponse<String> deleted =
        browser.post(
            link + "/delete",
            List.of(Map.entry("csrf", WebClient.hiddenFields(editPage).get("csrf"))));
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(server.store().pending()).isEmpty();
    assertThat(browser.get(link).statusCode()).isEqualTo(404);
  }

  @Test
  void answersUnknownQuestionnairesWithANotFoundPage() {
    HttpResponse<String> page = browser.get("/survey/no-such-thing");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("No such questionnaire");
  }

  static String editLink(String confirmation) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("href=\"(/survey/edit/[A-Za-z0-9_-]+)\"")
            .matcher(confirmation);
    assertThat(m.find()).as("edit link on the confirmation page").isTrue();
    return m.group(1);
  }
}
