package io.rug.stack.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
  final ManifestReader reader = new ManifestReader();
  final Path file = Path.of("m.yaml");

  @Test
  void mapsEveryNodePathToItsLineAndColumn() throws Exception {
    List<SourceDoc> docs =
        reader.parse(
            file,
            "# comment\napiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Pod\nspec:\n"
                + "  containers:\n    - name: a\n      image: x:1\n");
    assertThat(docs).hasSize(2);
    SourceDoc second = docs.get(1);
    assertThat(second.index()).isEqualTo(2);
    assertThat(second.positions().find("spec.containers[0].image")).containsExactly(10, 7);
    assertThat(second.positions().find("spec.containers[0].missing")).containsExactly(9, 7);
  }

  @Test
  void keepsQuotedNumbersAsStringsAndPlainNumbersAsNumbers() throws Exception {
    SourceDoc d = reader.parse(file, "a: \"8\"\nb: 8\nc: true\nd: 1.5\ne: yes\n").get(0);
    assertThat(d.data()).containsEntry("a", "8").containsEntry("b", 8L).containsEntry("c", true);
    assertThat(d.data()).containsEntry("d", 1.5).containsEntry("e", "yes");
  }

  @Test
  void skipsEmptyDocuments() throws Exception {
    assertThat(reader.parse(file, "---\n# nothing\n---\nkind: A\n")).hasSize(1);
  }

  @Test
  void unwrapsListsIntoTheirItemsWithPositions() throws Exception {
    List<SourceDoc> docs =
        reader.parse(
            file,
            "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n"
                + "  {\"kind\": \"A\"},\n  {\"kind\": \"B\",\n   \"spec\": {\"x\": 1}}]}\n");
    assertThat(docs).extracting(SourceDoc::kind).containsExactly("A", "B");
    assertThat(docs.get(1).positions().find("spec.x")[0]).isEqualTo(4);
  }

  @Test
  void reportsBadYamlWithItsPosition() {
    assertThatThrownBy(() -> reader.parse(file, "a: 1\nb: [1, 2\nc: 3\n"))
        .isInstanceOf(ManifestInputException.class)
        .hasMessageStartingWith("m.yaml:3:")
        .hasMessageContaining("invalid YAML");
  }

  @Test
  void rejectsADocumentThatIsNotAMapping() {
    assertThatThrownBy(() -> reader.parse(file, "- a\n- b\n"))
        .isInstanceOf(ManifestInputException.class)
        .hasMessageContaining("not a mapping");
  }
}
