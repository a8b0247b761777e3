package io.rug.survey.web.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void drawsBarsProportionalToCountsWithTheLongestFillingTheSpace() {
    BarChart chart =
        BarChart.of(
            "Adoption",
            List.of("Yes", "No", "Maybe"),
            List.of(6, 3, 0),
            List.of(66.667, 33.333, 0.0));
    assertThat(chart.bars()).extracting(BarChart.Bar::barWidth).containsExactly(300, 150, 0);
    assertThat(chart.bars())
        .extracting(BarChart.Bar::figures)
        .containsExactly("6 (66.67%)", "3 (33.33%)", "0 (0.00%)");
    assertThat(chart.bars()).extracting(BarChart.Bar::y).containsExactly(4, 32, 60);
    assertThat(chart.height()).isEqualTo(3 * 28 + 8);
  }

  @Test
  void shortensLongLabelsOnTheChartButKeepsThemWhole() {
    String longLabel = "x".repeat(60);
    BarChart.Bar bar =
        BarChart.of("t", List.of(longLabel), List.of(1), List.of(100.0)).bars().get(0);
    assertThat(bar.shortLabel()).hasSize(40).endsWith("…");
    assertThat(bar.label()).isEqualTo(longLabel);
  }
}
