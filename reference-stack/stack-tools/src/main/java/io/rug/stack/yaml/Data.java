package io.rug.stack.yaml;

import java.util.List;
import java.util.Map;

/** Null-safe views of the plain values a {@link SourceDoc} holds. */
public final class Data {
  private Data() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object o) {
    return o instanceof List<?> l ? (List<Object>) l : List.of();
  }

  public static String string(Object o) {
    return o instanceof String s ? s : "";
  }

  /** Follows a dotted path of map keys; missing steps give an empty map. */
  public static Map<String, Object> path(Map<String, Object> root, String... keys) {
    Map<String, Object> at = root;
    for (String k : keys) {
      at = map(at.get(k));
    }
    return at;
  }

  public static boolean isTrue(Object o) {
    return Boolean.TRUE.equals(o);
  }
}
