package io.rug.kube.informer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NamespaceSelectorTest {
  @Test
  void matchesEqualityInequalityAndExistenceTerms() {
    var s = NamespaceSelector.parse("team=astro, tier!=test, gpu, !frozen");
    assertThat(s.matches(Map.of("team", "astro", "gpu", "yes"))).isTrue();
    assertThat(s.matches(Map.of("team", "astro", "gpu", "yes", "tier", "test"))).isFalse();
    assertThat(s.matches(Map.of("team", "astro"))).isFalse();
    assertThat(s.matches(Map.of("team", "astro", "gpu", "", "frozen", "x"))).isFalse();
    assertThat(s.matches(Map.of("team", "bio", "gpu", ""))).isFalse();
  }

  @Test
  void theEmptySelectorMatchesEveryNamespace() {
    assertThat(NamespaceSelector.parse("").matches(Map.of())).isTrue();
    assertThat(NamespaceSelector.parse(null).matchesAll()).isTrue();
  }

  @Test
  void rejectsMalformedTerms() {
    assertThatThrownBy(() -> NamespaceSelector.parse("a=b,,c")).hasMessageContaining("empty term");
    assertThatThrownBy(() -> NamespaceSelector.parse("=x"))
        .hasMessageContaining("invalid label key");
  }
}
