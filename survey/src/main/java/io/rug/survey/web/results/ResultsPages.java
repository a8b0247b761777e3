package io.rug.survey.web.results;

import java.util.Optional;

/** Builds results pages from the survey report. */
public final class ResultsPages {

  public Optional<ResultsView> view(String questionnaireOrEvent, String sector) {
    return Optional.empty(); // PENDING: wired to the report once part A's report API exists
  }
}
