package io.rug.survey.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of one submission by question code. A code that is present with no values was asked
 * and left blank; a code that is absent was not asked in the submission's questionnaire version.
 */
public record Answers(Map<String, List<AnswerValue>> byCode) {
  public Answers {
    Map<String, List<AnswerValue>> copy = new LinkedHashMap<>();
    byCode.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    byCode = Collections.unmodifiableMap(copy);
  }

  /** From plain values (the web form's shape). */
  public static Answers ofValues(Map<String, List<String>> values) {
    Map<String, List<AnswerValue>> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(k, v.stream().map(AnswerValue::of).toList()));
    return new Answers(m);
  }

  /** Whether the submission's version asked this question. */
  public boolean asked(String code) {
    return byCode.containsKey(code);
  }

  /** Asked but left blank. */
  public boolean blank(String code) {
    return asked(code) && byCode.get(code).isEmpty();
  }

  /** The values given (empty when blank or not asked). */
  public List<String> values(String code) {
    return byCode.getOrDefault(code, List.of()).stream().map(AnswerValue::value).toList();
  }

  public List<AnswerValue> answerValues(String code) {
    return byCode.getOrDefault(code, List.of());
  }

  /** The first value, or "" (for single-valued questions). */
  public String first(String code) {
    List<String> v = values(code);
    return v.isEmpty() ? "" : v.get(0);
  }

  public Set<String> codes() {
    return byCode.keySet();
  }

  /** Plain values by code, blanks as empty lists; not-asked codes absent. */
  public Map<String, List<String>> toValues() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    byCode.keySet().forEach(k -> m.put(k, values(k)));
    return m;
  }
}
