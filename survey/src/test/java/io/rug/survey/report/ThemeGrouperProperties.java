package io.rug.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.report.Report.Theme;
import io.rug.survey.store.AnswerValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class ThemeGrouperProperties {
  private final ThemeGrouper grouper = new ThemeGrouper();

  @Property(tries = 200)
  void everyAnswerLandsInExactlyOneTheme(
      @ForAll @Size(max = 30) List<@StringLength(max = 15) String> answers) {
    List<Theme> themes = grouper.group(answers.stream().map(AnswerValue::of).toList());
    Map<String, Integer> expected = new HashMap<>();
    answers.forEach(a -> expected.merge(a.strip(), 1, Integer::sum));
    Map<String, Integer> grouped = new HashMap<>();
    themes.forEach(t -> t.members().forEach(m -> grouped.merge(m, 1, Integer::sum)));
    assertThat(grouped).isEqualTo(expected);
    assertThat(themes).allMatch(t -> t.count() == t.members().size());
  }

  @Property(tries = 200)
  void answersThatNormaliseAlikeShareATheme(
      @ForAll @Size(min = 1, max = 20)
          List<@AlphaChars @StringLength(min = 1, max = 12) String> answers) {
    List<String> all = new ArrayList<>(answers);
    all.add(answers.get(0).toUpperCase(java.util.Locale.ROOT) + "!");
    List<Theme> themes = grouper.group(all.stream().map(AnswerValue::of).toList());
    String a = answers.get(0).strip();
    String b = all.get(all.size() - 1).strip();
    assertThat(themes)
        .as("'%s' and '%s' share a theme", a, b)
        .anyMatch(t -> t.members().contains(a) && t.members().contains(b));
  }

  @Property(tries = 200)
  void themeSizesDoNotDependOnAnswerOrder(
      @ForAll @Size(max = 25) List<@StringLength(max = 10) String> answers,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    List<String> shuffled = new ArrayList<>(answers);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(sizes(shuffled)).isEqualTo(sizes(answers));
  }

  private List<Integer> sizes(List<String> answers) {
    return grouper.group(answers.stream().map(AnswerValue::of).toList()).stream()
        .map(Theme::count)
        .sorted()
        .toList();
  }
}
