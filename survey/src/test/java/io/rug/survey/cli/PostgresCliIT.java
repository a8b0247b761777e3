package io.rug.survey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.testing.Cli;
import io.rug.survey.testing.PostgresCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Import and report run the same code on PostgreSQL via --db-url. */
class PostgresCliIT {
  @RegisterExtension static final PostgresCluster POSTGRES = new PostgresCluster();

  @Test
  void importsAndReportsThePollOnPostgres() throws Exception {
    String url = POSTGRES.newDatabase();
    assertThat(Cli.survey("import", "seed", "--db-url", url).out()).contains("25 created");
    assertThat(Cli.survey("import", "seed", "--db-url", url).out()).contains("25 unchanged");
    String json =
        Cli.survey("report", "--event", "kubecon-na-2019", "--json", "--db-url", url).out();
    assertThat(json).contains("\"participants\": 21,").contains("\"upvotes\": 10,");
  }
}
