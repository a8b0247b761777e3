package io.rug.site.book.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  /** The straightforward definition: lower-case each letter or digit, split on anything else. */
  private static String termsByCharacter(String text) {
    Set<String> words = new LinkedHashSet<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else {
        if (word.length() > 1 && word.length() < 40) {
          words.add(word.toString());
        }
        word.setLength(0);
      }
    }
    return String.join(" ", words);
  }

  @Test
  void keepsDistinctLowerCaseWordsInOrder() {
    assertThat(SearchText.terms("Kubernetes runs Pods; pods run on kubernetes. A v1 API"))
        .isEqualTo("kubernetes runs pods run on v1 api");
    assertThat(SearchText.terms("Émile's ÉCOLE école Straße İstanbul"))
        .isEqualTo(termsByCharacter("Émile's ÉCOLE école Straße İstanbul"));
  }

  @Test
  void agreesWithTheCharacterByCharacterDefinitionOnRandomText() {
    String alphabet = "abcXYZ019 \n.-_'ÉéßİıΣσ文字\uD83D\uDE00";
    Random random = new Random(7);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(120); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        if (random.nextInt(50) == 0) {
          text.append("x".repeat(38 + random.nextInt(4))); // around the 40-character limit
        }
      }
      assertThat(SearchText.terms(text.toString()))
          .as(text.toString())
          .isEqualTo(termsByCharacter(text.toString()));
    }
  }
}
