package io.rug.survey.report;

import io.rug.survey.report.Report.Theme;
import io.rug.survey.store.AnswerValue;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups free-text answers into themes. Answers are normalised (case, accents, punctuation and
 * spaces dropped: "Multi-tenancy" → "multitenancy"); normalised forms within a small edit distance
 * (optimal string alignment; 1 from 5 characters, 2 from 12) are linked, and linked forms form one
 * theme. Deterministic: the result depends only on the answers and their order.
 */
public final class ThemeGrouper {

  public List<Theme> group(List<AnswerValue> answers) {
    Map<String, List<AnswerValue>> byKey = new LinkedHashMap<>();
    for (AnswerValue a : answers) {
      byKey.computeIfAbsent(normalise(a.value()), k -> new ArrayList<>()).add(a);
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    int[] parent = new int[keys.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        if (similar(keys.get(i), keys.get(j))) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<Integer, List<String>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      clusters.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(keys.get(i));
    }
    List<Theme> themes = new ArrayList<>();
    for (List<String> cluster : clusters.values()) {
      themes.add(theme(cluster, byKey, answers));
    }
    themes.sort(
        Comparator.comparingInt(Theme::count)
            .reversed()
            .thenComparing(t -> -(t.upvotes() - t.downvotes()))
            .thenComparing(t -> t.label().toLowerCase(Locale.ROOT))
            .thenComparing(Theme::label));
    return themes;
  }

  private static Theme theme(
      List<String> cluster, Map<String, List<AnswerValue>> byKey, List<AnswerValue> order) {
    String bestKey = cluster.get(0);
    for (String k : cluster) {
      if (byKey.get(k).size() > byKey.get(bestKey).size()) {
        bestKey = k;
      }
    }
    Map<String, Integer> spellings = new LinkedHashMap<>();
    byKey.get(bestKey).forEach(a -> spellings.merge(a.value().strip(), 1, Integer::sum));
    String label = spellings.keySet().iterator().next();
    for (Map.Entry<String, Integer> e : spellings.entrySet()) {
      if (e.getValue() > spellings.get(label)) {
        label = e.getKey();
      }
    }
    List<String> members = new ArrayList<>();
    int up = 0;
    int down = 0;
    for (AnswerValue a : order) {
      if (cluster.contains(normalise(a.value()))) {
        members.add(a.value().strip());
        up += a.upvotes() == null ? 0 : a.upvotes();
        down += a.downvotes() == null ? 0 : a.downvotes();
      }
    }
    return new Theme(label, members.size(), up, down, members);
  }

  /** Lower case, no accents, letters and digits only; answers of only punctuation stay as typed. */
  static String normalise(String answer) {
    String folded =
        Normalizer.normalize(answer, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String key = folded.replaceAll("[^\\p{L}\\p{N}]+", "");
    return key.isEmpty() ? folded.strip() : key;
  }

  static boolean similar(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int tolerance = shorter >= 12 ? 2 : shorter >= 5 ? 1 : 0;
    return Math.abs(a.length() - b.length()) <= tolerance && distance(a, b) <= tolerance;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
