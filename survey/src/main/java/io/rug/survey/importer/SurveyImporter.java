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
import java.util.Optional;
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

  /** Files of one import folder: label → text, sorted by name; empty when there is no folder. */
  private interface FolderSource {
    Optional<Map<String, String>> files(String folder, String suffix) throws IOException;
  }

  /** Parses everything under {@code dir} without touching the database. */
  public List<ImportedSubmission> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a directory");
    }
    return read(
        dir.toString(),
        (folder, suffix) ->
            Files.isDirectory(dir.resolve(folder))
                ? Optional.of(files(dir.resolve(folder), suffix))
                : Optional.empty());
  }

  /** Parses the seed shipped in the jar (a copy of survey/seed, listed in its files.txt). */
  public List<ImportedSubmission> readShipped() throws IOException {
    List<String> listed = resource("files.txt").lines().filter(l -> !l.isBlank()).toList();
    return read(
        "the shipped seed",
        (folder, suffix) -> {
          Map<String, String> out = new LinkedHashMap<>();
          for (String f : listed) {
            if (f.startsWith(folder + "/") && f.endsWith(suffix)) {
              out.put("seed/" + f, resource(f));
            }
          }
          return out.isEmpty() ? Optional.empty() : Optional.of(out);
        });
  }

  /**
   * Imports the shipped seed (the public org index and the 2019 poll) unless any of it is already
   * stored, so a new site starts with the published answers and later edits are never reverted.
   *
   * @return the summary, or empty when the seed was there already
   */
  public Optional<ImportSummary> seedIfEmpty(SurveyStore store) throws IOException {
    List<ImportedSubmission> seed = readShipped();
    if (seed.stream().anyMatch(i -> store.findByIdempotencyKey(i.key()).isPresent())) {
      return Optional.empty();
    }
    return Optional.of(store.importAll(seed));
  }

  private List<ImportedSubmission> read(String where, FolderSource source) throws IOException {
    List<ImportedSubmission> out = new ArrayList<>();
    int folders = 0;
    for (String id : catalog.ids()) {
      List<Questionnaire> versions =
          catalog.versions(id).stream().filter(q -> !q.importDirectory().isEmpty()).toList();
      if (versions.isEmpty()) {
        continue;
      }
      Questionnaire latest = versions.get(versions.size() - 1);
      String folder = versions.get(0).importDirectory();
      if (latest.importFormat().equals("org-markdown")) {
        Optional<Map<String, String>> files = source.files(folder, ".md");
        folders += files.isPresent() ? 1 : 0;
        OrgMarkdownParser parser = new OrgMarkdownParser(versions);
        for (Map.Entry<String, String> f : files.orElse(Map.of()).entrySet()) {
          String name = f.getKey().substring(f.getKey().lastIndexOf('/') + 1);
          if (!NOT_ANSWERS.contains(name)) {
            out.add(parser.parse(f.getKey(), OrgMarkdownParser.slugOf(name), f.getValue()));
          }
        }
      } else if (latest.importFormat().equals("poll-csv")) {
        Optional<Map<String, String>> files = source.files(folder, ".csv");
        folders += files.isPresent() ? 1 : 0;
        if (files.isPresent()) {
          out.addAll(PollImport.parse(latest, files.get()));
        }
      } else {
        throw new IllegalArgumentException(
            latest.ref() + ": unknown importFormat '" + latest.importFormat() + "'");
      }
    }
    if (folders == 0) {
      throw new IllegalArgumentException(
          where
              + ": no import folders found (expected e.g. org-index/ or events-2019-kubecon-na/)");
    }
    return out;
  }

  /** Reads everything, then writes it in one transaction: all or nothing. */
  public ImportSummary importInto(SurveyStore store, Path dir) throws IOException {
    return store.importAll(read(dir));
  }

  private static String resource(String name) throws IOException {
    try (java.io.InputStream in =
        SurveyImporter.class.getResourceAsStream("/io/rug/survey/seed/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing seed resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
