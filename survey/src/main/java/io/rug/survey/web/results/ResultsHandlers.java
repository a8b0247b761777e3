package io.rug.survey.web.results;

import io.javalin.http.Context;
import io.rug.survey.web.SurveyBackend;
import io.rug.survey.web.SurveyPages;
import io.rug.survey.web.abuse.Rejected;

/** Aggregated results of a questionnaire or of the 2019 poll, with a sector filter. */
public final class ResultsHandlers {
  private final SurveyBackend backend;
  private final SurveyPages pages;

  public ResultsHandlers(SurveyBackend backend, SurveyPages pages) {
    this.backend = backend;
    this.pages = pages;
  }

  public void results(Context ctx) {
    String id = ctx.pathParam("questionnaire");
    String sector = ctx.queryParam("sector") == null ? "" : ctx.queryParam("sector").strip();
    if (sector.length() > 100) {
      throw new Rejected(400, "Filter too long", "The sector filter is limited to 100 characters.");
    }
    ResultsView view =
        backend
            .results(id, sector)
            .orElseThrow(
                () ->
                    new Rejected(
                        404,
                        "No such results",
                        "There is no questionnaire or poll named " + id + "."));
    pages.send(ctx, 200, "Results: " + view.title(), "orgs", pages.templates().results(view));
  }
}
