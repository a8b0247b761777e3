package io.rug.survey.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FormPageTest {

  private static String stamp(String key) {
    String payload = "org-index@3|1700000000000|" + key;
    return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".sig";
  }

  private static String page(String version, String stamp, String csrf, String extraQuestion) {
    return "<form method=\"post\">"
        + "<input type=\"hidden\" name=\"version\" value=\""
        + version
        + "\">"
        + "<input type=\"hidden\" name=\"stamp\" value=\""
        + stamp
        + "\">"
        + "<input type=\"hidden\" name=\"csrf\" value=\""
        + csrf
        + "\">"
        + "<input type=\"text\" name=\"q.org.name\" value=\"\">"
        + "<input type=\"radio\" name=\"q.org.sector\" value=\"academia\">"
        + "<input type=\"radio\" name=\"q.org.sector\" value=\"industry\">"
        + extraQuestion
        + "</form>";
  }

  @Test
  void aNewRenderOfTheSameVersionKeepsTheFieldsAndTakesTheNewTokens() {
    FormPage first = FormPage.parse(page("3", stamp("k1"), "c1", ""));
    FormPage next = first.next(page("3", stamp("k2"), "c2", ""));

    assertThat(next.idempotencyKey()).isEqualTo("k2");
    assertThat(next.csrf()).isEqualTo("c2");
    assertThat(next.textFields()).containsExactly("q.org.name");
    assertThat(next.body("bench c0-1"))
        .isEqualTo(
            "version=3&stamp="
                + stamp("k2")
                + "&csrf=c2&website=&consent=yes&q.org.name=bench+c0-1&q.org.sector=academia");
  }

  @Test
  void anotherVersionIsParsedInFull() {
    FormPage first = FormPage.parse(page("3", stamp("k1"), "c1", ""));
    FormPage next =
        first.next(page("4", stamp("k2"), "c2", "<textarea name=\"q.wf.future\"></textarea>"));

    assertThat(next.version()).isEqualTo("4");
    assertThat(next.textFields()).containsExactly("q.org.name", "q.wf.future");
  }
}
