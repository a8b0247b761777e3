package io.rug.stack.yaml;

import java.util.HashMap;
import java.util.Map;

/**
 * Line and column (1-based) of each node of a document, keyed by path: {@code
 * spec.containers[0].image}. The document root is the empty path.
 */
public final class Positions {
  private final Map<String, Long> byPath;
  private final String prefix;

  Positions() {
    this(new HashMap<>(), "");
  }

  private Positions(Map<String, Long> byPath, String prefix) {
    this.byPath = byPath;
    this.prefix = prefix;
  }

  /** The positions of the sub-document at {@code path} (e.g. an item of a {@code v1 List}). */
  Positions under(String path) {
    return new Positions(byPath, prefix.isEmpty() ? path : key(prefix, path));
  }

  void put(String path, int line, int column) {
    byPath.putIfAbsent(path, ((long) line << 32) | column);
  }

  /** The position of {@code path}, or of its nearest recorded ancestor. */
  public int[] find(String path) {
    String p = prefix.isEmpty() ? path : path.isEmpty() ? prefix : joined(prefix, path);
    while (true) {
      Long at = byPath.get(p);
      if (at != null) {
        return new int[] {(int) (at >>> 32), (int) (long) at};
      }
      if (p.isEmpty()) {
        return new int[] {1, 1};
      }
      p = parent(p);
    }
  }

  private static String joined(String prefix, String path) {
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** Joins a map key onto a path. */
  public static String key(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Joins a list index onto a path. */
  public static String index(String path, int i) {
    return path + "[" + i + "]";
  }
}
