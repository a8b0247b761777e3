package io.rug.survey.web;

import static io.rug.survey.web.SubmissionFormIT.filledIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.importer.SurveyImporter;
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

/** Results pages: approved answers only, counts, percentages, SVG charts, sector filter. */
class ResultsIT {
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

  private void submitAndApprove(String name, String sector) {
    String html = browser.get("/survey/org-index").body();
    server.passTime(Duration.ofSeconds(30));
    List<Map.Entry<String, String>> form = new ArrayList<>(filledIn(html, name));
    form.replaceAll(e -> e.getKey().equals("q.org.sector") ? Map.entry("q.org.sector", sector) : e);
    assertThat(browser.post("/survey/org-index", form).statusCode()).isEqualTo(200);
    long id = server.store().pending().get(0).id();
    server.store().approve(id, "test");
  }

  @Test
  void countsApprovedAnswersPerOptionWithPercentagesAndAnSvgBarChart() {
    submitAndApprove("Lab A", "academia");
    submitAndApprove("Lab B", "academia");
    submitAndApprove("Company C", "private-sector");
    String html = browser.get("/results/org-index").body();
    assertThat(html)
        .contains("3 participants")
        .contains("<svg class=\"bar-chart\"")
        .contains("<title>Which sector is your organization in?</title>")
        .contains("<tr><td>Academia</td><td>2</td><td>66.67%</td></tr>")
        .contains("<tr><td>Private sector</td><td>1</td><td>33.33%</td></tr>");
  }

  @Test
  void filtersResultsBySector() {
    submitAndApprove("Lab A", "academia");
    submitAndApprove("Company C", "private-sector");
    String html = browser.get("/results/org-index?sector=private-sector").body();
    assertThat(html)
        .contains("1 participant in sector Private sector")
        .contains("<option value=\"private-sector\" selected>")
        .contains("<tr><td>Private sector</td><td>1</td><td>100.00%</td></tr>");
  }

  @Test
  void leavesPendingSubmissionsOutOfTheResults() {
    String html = browser.get("/survey/org-index").body();
    server.passTime(Duration.ofSeconds(30));
    browser.post("/survey/org-index", filledIn(html, "Unreviewed Lab"));
    assertThat(browser.get("/results/org-index").body()).contains("0 participants");
  }

  @Test
  void showsThe2019PollWithChartsAndThemes() throws Exception {
    new SurveyImporter(server.store().catalog()).importInto(server.store(), Path.of("seed"));
    HttpResponse<String> page = browser.get("/results/kubecon-na-2019");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("21 participants")
        .contains("Are you using Kubernetes to support research workloads?")
        .contains("<svg class=\"bar-chart\"")
        .contains("<table class=\"themes\">")
        .contains("<th scope=\"col\">Up</th>");
  }

  @Test
  void showsAnImportedOrgWithTheQuestionsItsVersionDidNotAsk() throws Exception {
    new SurveyImporter(server.store().catalog()).importInto(server.store(), Path.of("seed"));
    assertThat(browser.get("/orgs").body()).contains("href=\"/orgs/cern\"");
    HttpResponse<String> cern = browser.get("/orgs/cern");
    assertThat(cern.statusCode()).isEqualTo(200);
    assertThat(cern.body())
        .contains("<h1>CERN</h1>")
        .contains("<dt>Do your researchers run workflows at your site?</dt>")
        .contains("Not asked in this version of the questionnaire.");
  }
}
