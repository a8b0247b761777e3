package io.rug.survey.web.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of a horizontal bar chart drawn as inline SVG by {@code results/chart.jte}: one row per
 * option, bar length proportional to the count, the label left and the figures right. Computed here
 * so the template only places shapes; labels stay text and jte escapes them.
 */
public record BarChart(String title, int width, int height, List<Bar> bars) {
  static final int ROW = 28;
  static final int LABEL_WIDTH = 260;
  static final int BAR_SPACE = 300;
  static final int FIGURES = 110;

  /** One bar: its label, figures and where to draw it. */
  public record Bar(
      String label, String shortLabel, int count, String percent, int y, int barWidth, int textY) {
    public String figures() {
      return count + " (" + percent + "%)";
    }
  }

  /** A chart for options with counts and percentages, in the given order. */
  public static BarChart of(
      String title, List<String> labels, List<Integer> counts, List<Double> percents) {
    int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      int c = counts.get(i);
      int w = max == 0 ? 0 : (int) Math.round((double) BAR_SPACE * c / max);
      int y = i * ROW + 4;
      bars.add(
          new Bar(
              labels.get(i),
              shorten(labels.get(i)),
              c,
              String.format(Locale.ROOT, "%.2f", percents.get(i)),
              y,
              Math.max(w, c > 0 ? 2 : 0),
              y + 15));
    }
    return new BarChart(title, LABEL_WIDTH + BAR_SPACE + FIGURES, labels.size() * ROW + 8, bars);
  }

  public int barX() {
    return LABEL_WIDTH;
  }

  public int figuresX(Bar bar) {
    return LABEL_WIDTH + bar.barWidth() + 6;
  }

  public int labelX() {
    return LABEL_WIDTH - 8;
  }

  private static String shorten(String label) {
    return label.length() <= 40 ? label : label.substring(0, 39) + "…";
  }
}
