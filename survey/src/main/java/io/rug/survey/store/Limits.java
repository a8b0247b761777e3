package io.rug.survey.store;

/**
 * Column sizes of the schema, checked before writing: PostgreSQL enforces VARCHAR lengths and
 * SQLite does not, so the store rejects too-long values itself, the same way on both.
 */
final class Limits {
  static final int KEY = 200;
  static final int NAME = 100;
  static final int REASON = 2000;

  private Limits() {}

  static void check(String what, String value, int max) {
    if (value == null || value.isBlank()) {
      if (what.equals("reason")) {
        return;
      }
      throw new IllegalArgumentException(what + " is required");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(what + " is longer than " + max + " characters");
    }
  }
}
