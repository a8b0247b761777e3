package io.rug.survey.store;

import java.util.Locale;

/** Moderation state of a submission. Nothing is public until {@link #APPROVED}. */
public enum Status {
  PENDING,
  APPROVED,
  REJECTED;

  public String dbName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status fromDb(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
