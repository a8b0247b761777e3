package io.rug.survey.export;

import io.rug.survey.questionnaire.Question;
import io.rug.survey.questionnaire.Questionnaire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question columns of an export: every code of every version, latest version's order first,
 * each with the versions that ask it.
 */
record ExportColumns(List<Column> columns) {

  /** A question code, its latest definition and the versions that ask it. */
  record Column(Question question, List<Integer> versions) {}

  static ExportColumns of(List<Questionnaire> versions) {
    Map<String, Question> latest = new LinkedHashMap<>();
    for (int i = versions.size() - 1; i >= 0; i--) {
      versions.get(i).questions().forEach(q -> latest.putIfAbsent(q.code(), q));
    }
    return new ExportColumns(
        latest.values().stream()
            .map(
                q ->
                    new Column(
                        q,
                        versions.stream()
                            .filter(v -> v.asks(q.code()))
                            .map(Questionnaire::version)
                            .toList()))
            .toList());
  }
}
