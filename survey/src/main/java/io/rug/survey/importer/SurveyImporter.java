package io.rug.survey.importer;

import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.ImportSummary;
import io.rug.survey.store.ImportedSubmission;
import io.rug.survey.store.SurveyStore;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code rug survey import DIR}: reads every questionnaire's import folder under DIR (e.g. {@code
 * org-index/*.md}, {@code events-2019-kubecon-na/*.csv}), checks all files first, then stores
 * everything in one transaction. Imported answers are approved: they are already public.
 */
public final class SurveyImporter {
  /** Files in an org-index folder that are not answers. */
  private static final Set<String> NOT_ANSWERS = Set.of("README.md", "TEMPLATE.md");

  private final QuestionnaireCatalog catalog;

  public SurveyImporter(QuestionnaireCatalog catalog) {
    this.catalog = catalog;
  }

  /** Parses everything under {@code dir} without touching the database. */
  public List<ImportedSubmission> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a directory");
    }
    List<ImportedSubmission> out = new ArrayList<>();
    int folders = 0;
    for (String id : catalog.ids()) {
      List<Questionnaire> versions =
          catalog.versions(id).stream().filter(q -> !q.importDirectory().isEmpty()).toList();
      if (versions.isEmpty()) {
        continue;
      }
      Path folder = dir.resolve(versions.get(0).importDirectory());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      folders++;
      Questionnaire latest = versions.get(versions.size() - 1);
      if (latest.importFormat().equals("org-markdown")) {
        OrgMarkdownParser parser = new OrgMarkdownParser(versions);
        for (Map.Entry<String, String> f : files(folder, ".md").entrySet()) {
          String name = Path.of(f.getKey()).getFileName().toString();
          if (!NOT_ANSWERS.contains(name)) {
            out.add(parser.parse(f.getKey(), OrgMarkdownParser.slugOf(name), f.getValue()));
          }
        }
      } else if (latest.importFormat().equals("poll-csv")) {
        out.addAll(PollImport.parse(latest, files(folder, ".csv")));
      } else {
        throw new IllegalArgumentException(
            latest.ref() + ": unknown importFormat '" + latest.importFormat() + "'");
      }
    }
    if (folders == 0) {
      throw new IllegalArgumentException(
          dir + ": no import folders found (expected e.g. org-index/ or events-2019-kubecon-na/)");
    }
    return out;
  }

  /** Reads everything, then writes it in one transaction: all or nothing. */
  public ImportSummary importInto(SurveyStore store, Path dir) throws IOException {
    return store.importAll(read(dir));
  }

  private static Map<String, String> files(Path folder, String suffix) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path f : s.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
        try {
          out.put(
              f.toString(),
              StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f)))
                  .toString());
        } catch (CharacterCodingException e) {
          throw new ImportException(f.toString(), 1, "not UTF-8 text");
        }
      }
    }
    return out;
  }
}
