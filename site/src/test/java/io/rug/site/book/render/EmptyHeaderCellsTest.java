package io.rug.site.book.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EmptyHeaderCellsTest {

  private static String byRegex(String html) {
    return html.replaceAll("<th( [^>]*)?>\\s*</th>", "<td$1></td>");
  }

  @Test
  void turnsEmptyHeaderCellsIntoDataCells() {
    String html = "<thead><tr><th> </th><th align=\"left\">A</th><th class=\"x\">\n</th></tr>";
    assertThat(MarkdownRenderer.emptyHeaderCellsAsData(html))
        .isEqualTo("<thead><tr><td></td><th align=\"left\">A</th><td class=\"x\"></td></tr>");
  }

  @Test
  void agreesWithTheRegexOnRandomMarkup() {
    String[] pieces = {
      "<th", "<th>", "</th>", "<thead>", " ", "\n", "\t", ">", "<", "a", "=\"c\"", "</t"
    };
    Random random = new Random(3);
    for (int n = 0; n < 5000; n++) {
      StringBuilder html = new StringBuilder();
      for (int i = random.nextInt(16); i >= 0; i--) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = html.toString();
      assertThat(MarkdownRenderer.emptyHeaderCellsAsData(s)).as(s).isEqualTo(byRegex(s));
    }
  }
}
