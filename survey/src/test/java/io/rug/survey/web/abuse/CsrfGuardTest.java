package io.rug.survey.web.abuse;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsrfGuardTest {
  private final CsrfGuard guard = new CsrfGuard(new SigningKey(new byte[32]));

  @Test
  void acceptsTheTokenIssuedForThisBrowsersCookie() {
    assertThatCode(() -> guard.check("cookie-a", guard.tokenFor("cookie-a")))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsATokenFromAnotherBrowserOrAMissingCookie() {
    assertThatThrownBy(() -> guard.check("cookie-b", guard.tokenFor("cookie-a")))
        .isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> guard.check(null, guard.tokenFor("cookie-a")))
        .isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> guard.check("cookie-a", null)).isInstanceOf(Rejected.class);
  }
}
