package io.rug.survey.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of a questionnaire, as loaded from {@code survey/questionnaires/<id>.v<n>.yaml}.
 * Versions are immutable: editing a questionnaire means adding a file with the next version.
 *
 * @param titleQuestion code of the answer that names a submission (org name), or "" when none
 * @param sectorQuestion code of the single-choice question results are filtered by, or ""
 * @param importFormat {@code org-markdown} or {@code poll-csv}, or "" when not importable
 * @param importDirectory folder of an import DIR holding this questionnaire's files, or ""
 */
public record Questionnaire(
    String id,
    int version,
    String title,
    String intro,
    String titleQuestion,
    String sectorQuestion,
    String importFormat,
    String importDirectory,
    List<Section> sections) {

  public Questionnaire {
    sections = List.copyOf(sections);
  }

  /** {@code id@version}, e.g. {@code org-index@2}. */
  public String ref() {
    return id + "@" + version;
  }

  public List<Question> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }

  public Stream<String> codes() {
    return questions().stream().map(Question::code);
  }

  public Optional<Question> question(String code) {
    return questions().stream().filter(q -> q.code().equals(code)).findFirst();
  }

  public boolean asks(String code) {
    return question(code).isPresent();
  }
}
