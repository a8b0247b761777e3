package io.rug.survey.web.results;

import java.util.List;

/** Aggregated results of one questionnaire or poll, optionally filtered by sector. */
public record ResultsView(
    String title,
    String action,
    List<SectorChoice> sectors,
    String selectedSector,
    int participants,
    List<QuestionResult> questions) {

  /** An entry of the sector filter. */
  public record SectorChoice(String value, String label, boolean selected) {}

  /** One question's figures: a chart for choice questions, themes for free text. */
  public record QuestionResult(
      String text,
      String type,
      int responses,
      int uniqueParticipants,
      BarChart chart,
      List<Theme> themes) {
    public boolean hasChart() {
      return chart != null && !chart.bars().isEmpty();
    }
  }

  /** Free-text answers grouped as one theme. */
  public record Theme(String label, int count, int upvotes, int downvotes, List<String> members) {
    public boolean hasVotes() {
      return upvotes != 0 || downvotes != 0;
    }
  }

  public boolean hasSectors() {
    return !sectors.isEmpty();
  }
}
