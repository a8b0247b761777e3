package io.rug.kube.model;

/** A parsed object, or why it was rejected (exactly one of the two is non-null). */
public record Parsed<T>(T value, String problem) {
  public static <T> Parsed<T> ok(T value) {
    return new Parsed<>(value, null);
  }

  public static <T> Parsed<T> bad(String problem) {
    return new Parsed<>(null, problem);
  }

  public boolean isOk() {
    return problem == null;
  }
}
