package io.rug.kube.informer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An equality-based label selector over namespace labels ({@code
 * team=astro,tier!=test,gpu,!frozen}), as {@code --namespace-selector} takes it. The empty selector
 * matches every namespace.
 */
public final class NamespaceSelector {
  private record Term(String key, String value, boolean negate) {}

  private final List<Term> terms;
  private final String text;

  private NamespaceSelector(List<Term> terms, String text) {
    this.terms = terms;
    this.text = text;
  }

  public static NamespaceSelector parse(String text) {
    List<Term> terms = new ArrayList<>();
    String s = text == null ? "" : text.strip();
    if (!s.isEmpty()) {
      for (String part : s.split(",", -1)) {
        String t = part.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("empty term in selector '" + s + "'");
        if (t.contains("!=")) {
          String[] kv = t.split("!=", 2);
          terms.add(new Term(key(kv[0], s), kv[1].strip(), true));
        } else if (t.contains("=")) {
          String[] kv = t.split("==?", 2);
          terms.add(new Term(key(kv[0], s), kv[1].strip(), false));
        } else if (t.startsWith("!")) {
          terms.add(new Term(key(t.substring(1), s), null, true));
        } else {
          terms.add(new Term(key(t, s), null, false));
        }
      }
    }
    return new NamespaceSelector(List.copyOf(terms), s);
  }

  private static String key(String k, String whole) {
    String key = k.strip();
    if (!key.matches("[A-Za-z0-9][-A-Za-z0-9_./]*")) {
      throw new IllegalArgumentException(
          "invalid label key '" + key + "' in selector '" + whole + "'");
    }
    return key;
  }

  public boolean matchesAll() {
    return terms.isEmpty();
  }

  public boolean matches(Map<String, String> labels) {
    Map<String, String> l = labels == null ? Map.of() : labels;
    for (Term t : terms) {
      boolean ok = t.value() == null ? l.containsKey(t.key()) : t.value().equals(l.get(t.key()));
      if (ok == t.negate()) return false;
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
