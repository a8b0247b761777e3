package io.rug.site.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeHighlighterTest {

  @Test
  void onlyKnownLanguagesNotYetPreparedAreLeftToPrepare() {
    CodeHighlighter highlighter = new CodeHighlighter();
    assertThat(highlighter.unprepared(List.of("Java", "java", "brainfuck", "yaml")))
        .containsExactly("java", "yaml");
    highlighter.prepare(List.of("java"));
    assertThat(highlighter.unprepared(List.of("JAVA", "yaml"))).containsExactly("yaml");
  }

  @Test
  void highlightingIsTheSameWhetherOrNotTheLexerWasPrepared() {
    String code = "class A { int x = 1; } // done\n/* open\n still */";
    String cold = new CodeHighlighter().highlight("java", code);
    CodeHighlighter prepared = new CodeHighlighter();
    prepared.prepare(List.of("java"));
    assertThat(prepared.highlight("java", code)).isEqualTo(cold).contains("<span class=\"tok-k\">");
  }
}
