package io.rug.survey.web.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSlotsTest {

  private static String fill(TokenSlots slots, String... tokens) {
    return new String(slots.fill(List.of(tokens)), StandardCharsets.UTF_8);
  }

  @Test
  void splicedPageEqualsThePageRenderedWithTheTokens() {
    String template = "<p>“café” STAMP</p><a href=\"/e/EDIT\">/e/EDIT</a><i>CSRF</i>";
    TokenSlots slots = TokenSlots.of(template, List.of("STAMP", "CSRF", "EDIT")).orElseThrow();

    assertThat(fill(slots, "s.1-_", "c2", "edit-token_3"))
        .isEqualTo(
            template
                .replace("STAMP", "s.1-_")
                .replace("CSRF", "c2")
                .replace("EDIT", "edit-token_3"));
    assertThat(fill(slots, "", "", "")).isEqualTo("<p>“café” </p><a href=\"/e/\">/e/</a><i></i>");
  }

  @Test
  void aPageWithoutEveryPlaceholderCannotBeSpliced() {
    assertThat(TokenSlots.of("<p>STAMP</p>", List.of("STAMP", "CSRF"))).isEmpty();
    assertThat(TokenSlots.of("<p>STAMP</p>", List.of(""))).isEmpty();
  }

  @Test
  void refusesTokensThatWouldNeedHtmlEscaping() {
    TokenSlots slots = TokenSlots.of("<p>STAMP</p>", List.of("STAMP")).orElseThrow();

    assertThatThrownBy(() -> slots.fill(List.of("\"><script>")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void splicedPagesRenderOncePerKeyAndFallBackWhenAPlaceholderIsMissing() {
    SplicedPages pages = new SplicedPages();
    int[] renders = {0};
    for (String token : List.of("a1", "b2", "c3")) {
      byte[] page =
          pages.page(
              "k",
              List.of(SplicedPages.EDIT_TOKEN),
              List.of(token),
              t -> {
                renders[0]++;
                return "<a>" + t.get(0) + "</a>";
              });
      assertThat(new String(page, StandardCharsets.UTF_8)).isEqualTo("<a>" + token + "</a>");
    }
    assertThat(renders[0]).isEqualTo(1);

    byte[] plain =
        pages.page("no-slot", List.of(SplicedPages.EDIT_TOKEN), List.of("x9"), t -> "<p>fixed</p>");
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("<p>fixed</p>");
  }
}
