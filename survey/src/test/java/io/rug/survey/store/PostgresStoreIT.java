package io.rug.survey.store;

import io.rug.survey.testing.PostgresCluster;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same store behaviour on a real PostgreSQL server (a throwaway cluster). */
class PostgresStoreIT extends SurveyStoreContract {
  @RegisterExtension static final PostgresCluster POSTGRES = new PostgresCluster();

  @Override
  protected String newDatabaseUrl() throws Exception {
    return POSTGRES.newDatabase();
  }
}
