package io.rug.survey.report;

import java.util.List;
import java.util.Optional;

/**
 * Aggregated results of a questionnaire or a poll event ({@code kind} "questionnaire" or "event").
 *
 * @param activities number of questions reported
 * @param participants distinct submissions that answered at least one reported question
 * @param sector the sector option code the results were filtered by, if any
 */
public record Report(
    String kind,
    String id,
    String title,
    int activities,
    int participants,
    Optional<String> sector,
    List<QuestionReport> questions) {

  /**
   * One question's results.
   *
   * @param type multiple-choice, open-ended or qa
   * @param responses answers given (a poll participant may answer an open question several times)
   * @param uniqueParticipants submissions with at least one answer to it
   * @param options counts per option (choice questions; empty otherwise)
   * @param themes free-text answers grouped into themes (open-ended and qa; empty otherwise)
   */
  public record QuestionReport(
      String code,
      String text,
      String type,
      int responses,
      int uniqueParticipants,
      List<OptionCount> options,
      List<Theme> themes) {}

  /** Percent of the question's unique participants who chose the option, 2 decimals. */
  public record OptionCount(String code, String label, int count, double percent) {}

  /** Answers that say the same thing; votes summed over the members (Q&A only, else 0). */
  public record Theme(String label, int count, int upvotes, int downvotes, List<String> members) {}
}
