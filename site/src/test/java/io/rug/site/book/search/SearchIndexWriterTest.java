package io.rug.site.book.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.book.render.RenderedChapter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchIndexWriterTest {

  /** The index as the first version wrote it: one StringBuilder, escaped character by character. */
  private static String reference(List<RenderedChapter> chapters, String index) {
    StringBuilder js = new StringBuilder("window.RUG_SEARCH_INDEX={\"docs\":[");
    int id = 0;
    for (RenderedChapter c : chapters) {
      for (RenderedChapter.SearchSection s : c.sections()) {
        if (id > 0) {
          js.append(",\n");
        }
        String url =
            "book/" + c.slug() + "/" + index + (s.anchor().isEmpty() ? "" : "#" + s.anchor());
        js.append("{\"id\":").append(id++).append(",\"u\":");
        string(js, url);
        js.append(",\"t\":");
        string(js, c.title());
        js.append(",\"h\":");
        string(js, s.heading().isEmpty() ? c.title() : s.heading());
        js.append(",\"p\":");
        string(js, s.preview());
        js.append(",\"x\":");
        string(js, s.terms());
        js.append('}');
      }
    }
    return js.append("]};\n").toString();
  }

  private static void string(StringBuilder js, String s) {
    js.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> js.append("\\\"");
        case '\\' -> js.append("\\\\");
        case '\n' -> js.append("\\n");
        case '\r', '\t' -> js.append(' ');
        case '<' -> js.append("\\u003c");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            js.append(String.format("\\u%04x", (int) c));
          } else {
            js.append(c);
          }
        }
      }
    }
    js.append('"');
  }

  private static String text(Random random, int length) {
    String alphabet = "ab Z9\"\\<>&\n\r\t\u0001\u001f\u2028\u2029…éß文\uD83D\uDE00";
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(length + 1); i > 0; i--) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  @Test
  void writesTheSameIndexAsCharacterByCharacterEscaping() {
    Random random = new Random(11);
    for (int n = 0; n < 300; n++) {
      List<RenderedChapter> chapters =
          List.of(chapter(random, "a"), chapter(random, "b-2"), chapter(random, "c"));
      for (String index : List.of("index.html", "")) {
        // compared as the bytes written out (a lone surrogate becomes '?' either way)
        byte[] bytes = new SearchIndexWriter().writeUtf8(chapters, index);
        assertThat(bytes)
            .isEqualTo(reference(chapters, index).getBytes(StandardCharsets.UTF_8))
            .isEqualTo(
                new SearchIndexWriter().write(chapters, index).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static RenderedChapter chapter(Random random, String slug) {
    List<RenderedChapter.SearchSection> sections =
        List.of(
            new RenderedChapter.SearchSection("", "", text(random, 30), text(random, 60)),
            new RenderedChapter.SearchSection(
                "x-" + random.nextInt(9), text(random, 10), text(random, 30), "plain terms"));
    return new RenderedChapter(
        slug, text(random, 12), "", "", true, List.of(), sections, List.of(), "");
  }
}
