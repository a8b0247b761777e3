package io.rug.survey.store;

/**
 * One stored value of an answer: an option code for choice questions, {@code yes}/{@code no}, or
 * text. Q&A answers of a live poll carry the audience's votes (null elsewhere).
 */
public record AnswerValue(String value, Integer upvotes, Integer downvotes) {
  public AnswerValue {
    if (value == null) {
      throw new IllegalArgumentException("an answer value is never null; blank is an empty list");
    }
  }

  public static AnswerValue of(String value) {
    return new AnswerValue(value, null, null);
  }
}
