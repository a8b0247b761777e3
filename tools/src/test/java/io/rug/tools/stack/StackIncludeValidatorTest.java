package io.rug.tools.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.book.check.IncludeValidator.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackIncludeValidatorTest {
  static final Path MANIFESTS = Path.of("../reference-stack/manifests");
  final StackIncludeValidator validator = new StackIncludeValidator();

  @Test
  void anIncludedManifestIsValidatedWithTheRestOfItsStack() {
    // alone, the namespace would lack its quota, limit range and policies; they are siblings
    assertThat(validator.validate(MANIFESTS.resolve("tenancy/example-group/namespace.yaml")))
        .isEmpty();
    assertThat(validator.validate(MANIFESTS.resolve("rdma/mpi-rdma-job.yaml"))).isEmpty();
  }

  @Test
  void reportsRuleViolationsWithTheirPositions(@TempDir Path dir) throws Exception {
    Path file = Files.createDirectories(dir.resolve("manifests")).resolve("pod.yaml");
    Files.writeString(
        file,
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  containers:\n"
            + "    - name: c\n      image: busybox\n      resources:\n"
            + "        requests: {cpu: 1m, memory: 1Mi}\n        limits: {memory: 1Mi}\n");
    assertThat(validator.validate(file))
        .containsExactly(
            new Problem(
                7,
                7,
                "image-tag",
                "container \"c\" uses image \"busybox\" without a version tag or digest"));
  }

  @Test
  void badYamlIsOneProblemAtItsPosition(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "a: [1\n");
    assertThat(validator.validate(file))
        .singleElement()
        .extracting(Problem::ruleId)
        .isEqualTo("yaml-syntax");
  }

  @Test
  void ignoresFilesThatAreNotYaml() {
    assertThat(validator.validate(Path.of("../README.md"))).isEmpty();
  }
}
