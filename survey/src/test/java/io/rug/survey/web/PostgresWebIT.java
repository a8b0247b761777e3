package io.rug.survey.web;

import static io.rug.survey.web.SubmissionFormIT.filledIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.testing.PostgresCluster;
import io.rug.survey.web.testing.SurveyServer;
import io.rug.survey.web.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same web code on PostgreSQL (Debian's server, throwaway cluster): submit once, approve,
 * publish.
 */
class PostgresWebIT {
  @RegisterExtension static final PostgresCluster POSTGRES = new PostgresCluster();
  @TempDir Path dataDir;

  @Test
  void storesOnceModeratesAndPublishesOnPostgres() throws Exception {
    try (SurveyServer server =
        SurveyServer.start(dataDir, "", Optional.of(POSTGRES.newDatabase()))) {
      WebClient respondent = server.client();
      String form = respondent.get("/survey/org-index").body();
      server.passTime(Duration.ofSeconds(30));
      HttpResponse<String> first = respondent.post("/survey/org-index", filledIn(form, "PG Lab"));
      HttpResponse<String> again = respondent.post("/survey/org-index", filledIn(form, "PG Lab"));
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(again.body()).contains("already received");
      assertThat(server.store().pending()).hasSize(1);
      assertThat(respondent.get("/orgs/pg-lab").statusCode()).isEqualTo(404);

      WebClient moderator = server.client();
      String login = moderator.get("/admin/login").body();
      moderator.post(
          "/admin/login",
          List.of(
              Map.entry("csrf", WebClient.hiddenFields(login).get("csrf")),
              Map.entry("user", SurveyServer.ADMIN),
              Map.entry("password", SurveyServer.PASSWORD)));
      String csrf = WebClient.hiddenFields(moderator.get("/admin").body()).get("csrf");
      long id = server.store().pending().get(0).id();
      assertThat(
              moderator
                  .post("/admin/submissions/" + id + "/approve", List.of(Map.entry("csrf", csrf)))
                  .statusCode())
          .isEqualTo(303);
      assertThat(respondent.get("/orgs/pg-lab").body()).contains("<h1>PG Lab</h1>");
      assertThat(respondent.get("/results/org-index").body()).contains("1 participant");
    }
  }
}
