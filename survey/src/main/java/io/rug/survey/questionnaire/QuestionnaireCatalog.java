package io.rug.survey.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** All questionnaire versions known to the survey, by id and version. */
public final class QuestionnaireCatalog {
  /**
   * Where the shipped questionnaires live on the class path (copied from survey/questionnaires).
   */
  public static final String RESOURCE_DIR = "/io/rug/survey/questionnaires/";

  private final List<Questionnaire> all;

  public QuestionnaireCatalog(List<Questionnaire> questionnaires) {
    List<Questionnaire> sorted = new ArrayList<>(questionnaires);
    sorted.sort(Comparator.comparing(Questionnaire::id).thenComparing(Questionnaire::version));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).ref().equals(sorted.get(i - 1).ref())) {
        throw new IllegalArgumentException("questionnaire " + sorted.get(i).ref() + " twice");
      }
    }
    this.all = List.copyOf(sorted);
    checkStableCodes(this.all);
  }

  /**
   * A code keeps its meaning across versions: same type and the same option codes may only grow. A
   * question that changes its type needs a new code.
   */
  private static void checkStableCodes(List<Questionnaire> sorted) {
    java.util.Map<String, Question> seen = new java.util.HashMap<>();
    for (Questionnaire q : sorted) {
      for (Question question : q.questions()) {
        Question earlier = seen.put(q.id() + " " + question.code(), question);
        if (earlier == null) {
          continue;
        }
        if (earlier.type() != question.type()) {
          throw new IllegalArgumentException(
              q.ref()
                  + ": question '"
                  + question.code()
                  + "' changes type from "
                  + earlier.type().yamlName()
                  + " to "
                  + question.type().yamlName()
                  + "; give the changed question a new code");
        }
        for (Option o : earlier.options()) {
          if (question.option(o.code()).isEmpty()) {
            throw new IllegalArgumentException(
                q.ref()
                    + ": question '"
                    + question.code()
                    + "' drops option '"
                    + o.code()
                    + "' that earlier answers may hold");
          }
        }
      }
    }
  }

  /** The questionnaires shipped in the jar, listed in {@code catalog.txt}. */
  public static QuestionnaireCatalog shipped() {
    QuestionnaireLoader loader = new QuestionnaireLoader();
    List<Questionnaire> out = new ArrayList<>();
    for (String name : resource("catalog.txt").lines().map(String::strip).toList()) {
      if (!name.isEmpty() && !name.startsWith("#")) {
        out.add(loader.load("survey/questionnaires/" + name, resource(name)));
      }
    }
    return new QuestionnaireCatalog(out);
  }

  /** Every {@code *.yaml} of a directory (for checking edited questionnaires). */
  public static QuestionnaireCatalog fromDirectory(Path dir) throws IOException {
    QuestionnaireLoader loader = new QuestionnaireLoader();
    List<Questionnaire> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        out.add(loader.load(f.toString(), Files.readString(f)));
      }
    }
    return new QuestionnaireCatalog(out);
  }

  public List<Questionnaire> all() {
    return all;
  }

  /** Distinct ids, sorted. */
  public List<String> ids() {
    return all.stream().map(Questionnaire::id).distinct().toList();
  }

  public Optional<Questionnaire> latest(String id) {
    return all.stream().filter(q -> q.id().equals(id)).reduce((a, b) -> b);
  }

  public Optional<Questionnaire> version(String id, int version) {
    return all.stream().filter(q -> q.id().equals(id) && q.version() == version).findFirst();
  }

  /** All versions of one questionnaire, oldest first. */
  public List<Questionnaire> versions(String id) {
    return all.stream().filter(q -> q.id().equals(id)).toList();
  }

  public Questionnaire require(String id, int version) {
    return version(id, version)
        .orElseThrow(
            () -> new IllegalArgumentException("no questionnaire " + id + " version " + version));
  }

  private static String resource(String name) {
    try (InputStream in = QuestionnaireCatalog.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
