package io.rug.survey.web.testing;

import io.javalin.Javalin;
import io.rug.site.web.Assets;
import io.rug.site.web.Page;
import io.rug.site.web.SiteSection;
import io.rug.site.web.SiteServer;
import io.rug.site.web.layout.SiteLayout;
import io.rug.site.web.layout.SiteNav;
import io.rug.site.web.layout.Templates;
import io.rug.survey.store.SurveyStore;
import io.rug.survey.web.SurveyWeb;
import io.rug.survey.web.SurveyWebConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The real site server with the survey section, on a random port, over a real SQLite file in a
 * temporary data directory. Time is a {@link TestClock} so fill-time and rate limits need no
 * sleeping.
 */
public final class SurveyServer implements AutoCloseable {
  public static final String ADMIN = "moderator";
  public static final String PASSWORD = "correct horse battery staple";
  private final TestClock clock;
  private final SurveyWeb survey;
  private final Javalin app;

  private SurveyServer(TestClock clock, SurveyWeb survey, Javalin app) {
    this.clock = clock;
    this.survey = survey;
    this.app = app;
  }

  /**
   * Starts with the given abuse limits, written to the data directory as a real deployment would.
   */
  public static SurveyServer start(Path dataDir, String webProperties) throws IOException {
    return start(dataDir, webProperties, Optional.empty());
  }

  /** As above, on the database at {@code dbUrl} (e.g. PostgreSQL) instead of SQLite. */
  public static SurveyServer start(Path dataDir, String webProperties, Optional<String> dbUrl)
      throws IOException {
    Files.createDirectories(dataDir);
    if (!webProperties.isEmpty()) {
      Files.writeString(dataDir.resolve(SurveyWebConfig.FILE_NAME), webProperties);
    }
    TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    Templates templates = new Templates();
    SiteNav nav = new SiteNav();
    SiteLayout frame = new SiteLayout(templates, nav, "Test site", "/", false);
    SurveyWeb survey = SurveyWeb.open(frame, dbUrl, dataDir, clock);
    List<SiteSection> sections = List.of(survey.section());
    nav.register(sections);
    survey.store().admins().createOrReset(ADMIN, PASSWORD.toCharArray());
    Javalin app =
        new SiteServer(sections, new Assets(), Page.html("<h1>Not found</h1>"), Optional.empty())
            .start("127.0.0.1", 0);
    return new SurveyServer(clock, survey, app);
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + app.port() + "/");
  }

  public WebClient client() {
    return new WebClient(base());
  }

  public SurveyStore store() {
    return survey.store();
  }

  /** The respondent thinks for a while before pressing "send". */
  public void passTime(Duration d) {
    clock.advance(d);
  }

  @Override
  public void close() {
    app.stop();
    survey.close();
  }
}
