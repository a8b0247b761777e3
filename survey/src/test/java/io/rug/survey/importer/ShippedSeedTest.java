package io.rug.survey.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.ImportedSubmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedSeedTest {
  private final SurveyImporter importer = new SurveyImporter(QuestionnaireCatalog.shipped());

  @Test
  void filesListNamesEverySeedFile() throws Exception {
    Path seed = Path.of("seed");
    List<String> listed = Files.readAllLines(seed.resolve("files.txt"));
    try (Stream<Path> files = Files.walk(seed)) {
      List<String> actual =
          files
              .filter(Files::isRegularFile)
              .map(p -> seed.relativize(p).toString())
              .filter(p -> p.endsWith(".csv") || (p.endsWith(".md") && p.contains("/")))
              .sorted()
              .toList();
      assertThat(listed).containsExactlyInAnyOrderElementsOf(actual);
    }
  }

  @Test
  void shippedSeedReadsLikeTheSeedFolder() throws Exception {
    List<ImportedSubmission> shipped = importer.readShipped();
    List<ImportedSubmission> folder = importer.read(Path.of("seed"));
    assertThat(shipped).hasSize(25);
    assertThat(shipped).containsExactlyInAnyOrderElementsOf(folder);
  }
}
