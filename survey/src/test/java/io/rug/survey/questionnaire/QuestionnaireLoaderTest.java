package io.rug.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireLoaderTest {
  private final QuestionnaireLoader loader = new QuestionnaireLoader();

  @Test
  void shipsBothOrgIndexTemplatesAndThePoll() {
    QuestionnaireCatalog catalog = QuestionnaireCatalog.shipped();
    assertThat(catalog.all())
        .extracting(Questionnaire::ref)
        .containsExactly("kubecon-na-2019@1", "org-index@1", "org-index@2", "org-index@3");
    Questionnaire v1 = catalog.require("org-index", 1);
    Questionnaire v2 = catalog.require("org-index", 2);
    assertThat(v2.sections()).hasSize(6);
    assertThat(v1.sections()).hasSize(5);
    assertThat(v2.asks("wf.run_workflows")).isTrue();
    assertThat(v1.asks("wf.run_workflows")).isFalse();
    assertThat(v2.codes().toList()).containsAll(v1.codes().toList());
    assertThat(catalog.latest("org-index")).get().extracting(Questionnaire::version).isEqualTo(3);
    assertThat(v2.question("infra.k8s_version"))
        .get()
        .extracting(Question::section)
        .isEqualTo("infra");
  }

  @Test
  void pollHasFiveActivitiesOfTheThreeKinds() {
    Questionnaire poll = QuestionnaireCatalog.shipped().require("kubecon-na-2019", 1);
    assertThat(poll.questions())
        .extracting(q -> q.type().reportType())
        .containsExactly("multiple-choice", "multiple-choice", "open-ended", "open-ended", "qa");
    assertThat(poll.sectorQuestion()).isEqualTo("poll.community");
  }

  @Test
  void directoryOfTheSourceTreeMatchesTheJarCatalog() throws Exception {
    QuestionnaireCatalog fromDir = QuestionnaireCatalog.fromDirectory(Path.of("questionnaires"));
    assertThat(fromDir.all()).isEqualTo(QuestionnaireCatalog.shipped().all());
  }

  @Test
  void readsQuestionFields() {
    Questionnaire q =
        loader.load(
            "t.yaml",
            String.join(
                "\n",
                "id: t",
                "version: 2",
                "title: T",
                "sections:",
                "  - id: a",
                "    title: A",
                "    questions:",
                "      - code: a.color",
                "        text: Colour?",
                "        type: multiple",
                "        required: true",
                "        help: pick some",
                "        options:",
                "          - {code: red, label: Red}",
                "          - {code: blue, label: Blue}",
                "      - code: a.ok",
                "        text: OK?",
                "        type: yesno"));
    Question color = q.question("a.color").orElseThrow();
    assertThat(color.type()).isEqualTo(QuestionType.MULTIPLE);
    assertThat(color.required()).isTrue();
    assertThat(color.help()).isEqualTo("pick some");
    assertThat(color.options())
        .containsExactly(new Option("red", "Red"), new Option("blue", "Blue"));
    assertThat(q.question("a.ok").orElseThrow().choices())
        .extracting(Option::code)
        .containsExactly("yes", "no");
  }

  @Test
  void reportsUnknownTypeWithFileLineAndColumn() {
    assertThatThrownBy(() -> loader.load("q.yaml", yaml("        type: essay")))
        .isInstanceOf(QuestionnaireException.class)
        .hasMessageStartingWith("q.yaml:10:15: unknown type 'essay'");
  }

  @Test
  void rejectsDuplicateCodesAndUnknownKeys() {
    String dup =
        yaml("        type: text\n      - code: a.x\n        text: again\n        type: text");
    assertThatThrownBy(() -> loader.load("q.yaml", dup))
        .hasMessageStartingWith("q.yaml:11:15: duplicate question code 'a.x'");
    assertThatThrownBy(
            () -> loader.load("q.yaml", yaml("        type: text\n        requird: true")))
        .hasMessageStartingWith("q.yaml:11:9: unknown key 'requird'");
  }

  @Test
  void rejectsChoiceWithoutOptionsAndBrokenYaml() {
    assertThatThrownBy(() -> loader.load("q.yaml", yaml("        type: single")))
        .hasMessageContaining("q.yaml:8:9:")
        .hasMessageContaining("needs at least two options");
    assertThatThrownBy(() -> loader.load("q.yaml", "id: [unclosed\n"))
        .isInstanceOf(QuestionnaireException.class)
        .hasMessageStartingWith("q.yaml:2:")
        .hasMessageContaining("invalid YAML");
  }

  @Test
  void aCodeCannotChangeItsTypeInALaterVersion() {
    Questionnaire v1 =
        loader.load("q1.yaml", yaml("        type: text").replace("version: 1", "version: 1"));
    Questionnaire v2 =
        loader.load("q2.yaml", yaml("        type: number").replace("version: 1", "version: 2"));
    assertThatThrownBy(() -> new QuestionnaireCatalog(List.of(v1, v2)))
        .hasMessage(
            "q@2: question 'a.x' changes type from text to number; give the changed question a new code");
  }

  private static String yaml(String lastLines) {
    return String.join(
        "\n",
        List.of(
            "id: q",
            "version: 1",
            "title: Q",
            "sections:",
            "  - id: a",
            "    title: A",
            "    questions:",
            "      - code: a.x",
            "        text: X?",
            lastLines));
  }
}
