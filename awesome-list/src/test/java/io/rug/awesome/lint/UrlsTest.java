package io.rug.awesome.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void normalisesProtocolWwwCaseTrailingSlashAndIndexPages() {
    assertThat(Urls.normalize("https://www.Example.org/a/"))
        .isEqualTo(Urls.normalize("http://example.org/a"));
    assertThat(Urls.normalize("https://example.org/docs/index.html"))
        .isEqualTo(Urls.normalize("https://example.org/docs"));
  }

  @Test
  void keepsFragmentsAndPathsDistinct() {
    assertThat(Urls.normalize("https://example.org/a#x"))
        .isNotEqualTo(Urls.normalize("https://example.org/a#y"));
    assertThat(Urls.normalize("https://example.org/a"))
        .isNotEqualTo(Urls.normalize("https://example.org/b"));
  }

  @Test
  void absoluteUrlsNeedASchemeAndAHost() {
    assertThat(Urls.isAbsolute("https://volcano.sh")).isTrue();
    assertThat(Urls.isAbsolute("mailto:someone@example.org")).isTrue();
    assertThat(Urls.isAbsolute("volcano.sh")).isFalse();
    assertThat(Urls.isAbsolute("#tools")).isFalse();
    assertThat(Urls.isAbsolute("https://a b.org")).isFalse();
  }
}
