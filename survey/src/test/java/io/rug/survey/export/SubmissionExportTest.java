package io.rug.survey.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.Submission;
import io.rug.survey.testing.SeedSubmissions;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionExportTest {
  private final QuestionnaireCatalog catalog = QuestionnaireCatalog.shipped();

  private List<CSVRecord> csv(String text) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text)).getRecords();
  }

  @Test
  void oneRowPerSubmissionOneColumnPerCodeWithNotAskedApartFromBlank() throws Exception {
    List<Submission> orgs = SeedSubmissions.approved(catalog, "org-index");
    SubmissionExport export = new SubmissionExport(catalog.versions("org-index"), false);
    List<CSVRecord> rows = csv(export.csv(orgs));
    assertThat(rows).hasSize(4);
    CSVRecord cern = rows.stream().filter(r -> r.get("slug").equals("cern")).findFirst().get();
    assertThat(cern.get("version")).isEqualTo("1");
    assertThat(cern.get("wf.run_workflows")).isEqualTo(SubmissionExport.NOT_ASKED);
    assertThat(cern.get("sec.restricted_data")).isEmpty();
    assertThat(cern.get("org.sector")).isEqualTo(SubmissionExport.NOT_ASKED);
    assertThat(cern.get("infra.cni")).isEqualTo("Flannel.");
    assertThat(cern.get("why.motivation")).contains("\n\nDocker became popular");
  }

  @Test
  void labelsReplaceOptionCodesAndSeveralValuesAreJoined() throws Exception {
    List<Submission> poll = SeedSubmissions.approved(catalog, "kubecon-na-2019");
    String codes = new SubmissionExport(catalog.versions("kubecon-na-2019"), false).csv(poll);
    String labels = new SubmissionExport(catalog.versions("kubecon-na-2019"), true).csv(poll);
    assertThat(csv(codes)).extracting(r -> r.get("poll.community")).contains("private-sector");
    assertThat(csv(labels)).extracting(r -> r.get("poll.community")).contains("Private Sector");
    assertThat(csv(codes))
        .extracting(r -> r.get("poll.focus"))
        .contains("multi-cluster | batch | batch");
  }

  @Test
  void jsonUsesNullForNotAskedAndListsForAnswers() throws Exception {
    String json =
        new SubmissionExport(catalog.versions("org-index"), false)
            .json(SeedSubmissions.approved(catalog, "org-index"));
    assertThat(json).contains("\"wf.run_workflows\": null").contains("\"sec.restricted_data\": []");
  }

  @Test
  void codebookListsCodesTypesOptionsAndVersions() throws Exception {
    SubmissionExport export = new SubmissionExport(catalog.versions("org-index"), false);
    List<CSVRecord> rows = csv(export.codebookCsv());
    CSVRecord sector =
        rows.stream().filter(r -> r.get("code").equals("org.sector")).findFirst().get();
    assertThat(sector.get("type")).isEqualTo("single");
    assertThat(sector.get("options")).startsWith("academia=Academia | ");
    assertThat(sector.get("versions")).isEqualTo("3");
    CSVRecord wf = rows.stream().filter(r -> r.get("code").equals("wf.future")).findFirst().get();
    assertThat(wf.get("versions")).isEqualTo("2 3");
  }

  @Test
  void atomicWriteReplacesWholeFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/out.csv");
    AtomicFile.write(out, "old\n");
    AtomicFile.write(out, "new\n");
    assertThat(Files.readString(out)).isEqualTo("new\n");
    try (var files = Files.list(out.getParent())) {
      assertThat(files.toList()).containsExactly(out);
    }
  }
}
