package io.rug.survey.web.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rug.survey.web.abuse.Rejected;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFieldsTest {
  private static Map<String, List<String>> parse(String body) {
    return FormFields.parse(body.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void decodesNamesAndValuesAsBrowsersEncodeThem() {
    String answer = "Café “quotes” & 100% = fine\r\nline two";
    String body =
        "q.org.name="
            + URLEncoder.encode(answer, StandardCharsets.UTF_8)
            + "&"
            + URLEncoder.encode("q.wf.ci[]", StandardCharsets.UTF_8)
            + "=a+b";

    Map<String, List<String>> fields = parse(body);

    assertThat(fields).containsOnlyKeys("q.org.name", "q.wf.ci[]");
    assertThat(fields.get("q.org.name")).containsExactly(answer);
    assertThat(fields.get("q.wf.ci[]")).containsExactly("a b");
  }

  @Test
  void keepsBodyOrderAndCollectsRepeatedNames() {
    Map<String, List<String>> fields = parse("b=1&a=x&b=2&flag&empty=");

    assertThat(fields.keySet()).containsExactly("b", "a", "flag", "empty");
    assertThat(fields.get("b")).containsExactly("1", "2");
    assertThat(fields.get("flag")).containsExactly("");
    assertThat(fields.get("empty")).containsExactly("");
    assertThat(FormFields.first(fields, "b")).isEqualTo("1");
    assertThat(FormFields.first(fields, "missing")).isNull();
  }

  @Test
  void anEmptyBodyHasNoFields() {
    assertThat(parse("")).isEmpty();
  }

  @Test
  void aBrokenPercentEscapeIsABadRequest() {
    assertThatThrownBy(() -> parse("a=%4"))
        .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.status()).isEqualTo(400));
    assertThatThrownBy(() -> parse("a=%zz&b=1")).isInstanceOf(Rejected.class);
  }
}
