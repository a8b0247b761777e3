package io.rug.survey.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rug.survey.questionnaire.QuestionnaireCatalog;
import io.rug.survey.store.ImportedSubmission;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrgMarkdownImportTest {
  private final QuestionnaireCatalog catalog = QuestionnaireCatalog.shipped();
  private final OrgMarkdownParser parser = new OrgMarkdownParser(catalog.versions("org-index"));

  private Map<String, ImportedSubmission> orgs() throws Exception {
    List<ImportedSubmission> all = new SurveyImporter(catalog).read(Path.of("seed"));
    return all.stream()
        .filter(s -> s.questionnaireId().equals("org-index"))
        .collect(Collectors.toMap(ImportedSubmission::slug, Function.identity()));
  }

  @Test
  void importsTheFourOrganisationsWithTheBooksSlugs() throws Exception {
    assertThat(orgs().keySet())
        .containsExactlyInAnyOrder(
            "cern", "g-research", "monash-eresearch-centre", "university-of-michigan");
  }

  @Test
  void cernAnsweredTheOlderVersionTheOthersTheTemplate() throws Exception {
    Map<String, ImportedSubmission> orgs = orgs();
    assertThat(orgs.get("cern").version()).isEqualTo(1);
    assertThat(orgs.get("g-research").version()).isEqualTo(2);
    assertThat(orgs.get("monash-eresearch-centre").version()).isEqualTo(2);
    assertThat(orgs.get("university-of-michigan").version()).isEqualTo(2);
  }

  @Test
  void readsHeaderFieldsTitleAndMultiParagraphAnswers() throws Exception {
    ImportedSubmission cern = orgs().get("cern");
    assertThat(cern.answers().first("org.name")).isEqualTo("CERN");
    assertThat(cern.answers().first("org.date")).isEqualTo("2019-09-11");
    assertThat(cern.answers().first("org.contact")).isEqualTo("ricardo.rocha@cern.ch");
    assertThat(cern.answers().first("infra.cni")).isEqualTo("Flannel.");
    assertThat(cern.answers().first("why.motivation"))
        .startsWith("CERN has focused on distributed computing")
        .contains("\n\nDocker became popular")
        .endsWith("fits our requirements.");
    assertThat(cern.answers().first("wlm.other")).contains("200000 cores");
  }

  @Test
  void distinguishesBlankAnswersFromQuestionsNotAsked() throws Exception {
    ImportedSubmission cern = orgs().get("cern");
    assertThat(cern.answers().blank("sec.restricted_data")).isTrue();
    assertThat(cern.answers().asked("wf.run_workflows")).isFalse();
  }

  @Test
  void matchesOlderWordingsOfHeadings() throws Exception {
    Map<String, ImportedSubmission> orgs = orgs();
    assertThat(orgs.get("monash-eresearch-centre").answers().first("org.description"))
        .startsWith("Monash eResearch Centre");
    assertThat(orgs.get("monash-eresearch-centre").answers().first("org.site"))
        .isEqualTo("https://www.monash.edu.au/eresearch/");
    assertThat(orgs.get("university-of-michigan").answers().first("why.benefits")).isNotBlank();
  }

  @Test
  void version2IsExactlyTheCurrentTemplate() throws Exception {
    String template = java.nio.file.Files.readString(Path.of("seed/org-index/TEMPLATE.md"));
    ImportedSubmission t = parser.parse("TEMPLATE.md", "template", template);
    assertThat(t.version()).isEqualTo(2);
    // every question of v2 has its heading in TEMPLATE.md, except the Site line some orgs added
    assertThat(t.answers().codes())
        .containsExactlyInAnyOrderElementsOf(
            catalog.require("org-index", 2).codes().filter(c -> !c.equals("org.site")).toList());
  }

  @Test
  void unknownHeadingIsReportedWithItsLine() {
    String md = "# Org\n\n## Section\n\n**What is your favourite colour?**\n\nBlue\n";
    assertThatThrownBy(() -> parser.parse("org-index/x.md", "x", md))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("org-index/x.md:5: unknown question 'What is your favourite");
  }

  @Test
  void fileWithoutTitleIsMalformed() {
    assertThatThrownBy(() -> parser.parse("a.md", "a", "\n\nno title\n"))
        .hasMessageStartingWith("a.md:3: expected '# <organisation name>'");
  }

  @Test
  void repeatedHeadingIsMalformed() {
    String md =
        "# Org\n\n**How important is workload portability?**\n\nVery\n\n"
            + "**How important is workload portability?**\n\nNot\n";
    assertThatThrownBy(() -> parser.parse("a.md", "a", md))
        .hasMessageStartingWith("a.md:7: question 'why.portability' appears twice");
  }
}
