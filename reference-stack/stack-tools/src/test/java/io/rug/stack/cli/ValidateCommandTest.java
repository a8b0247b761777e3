package io.rug.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  static final String FAIL = "src/test/resources/fixtures/fail/";

  @Test
  void exitsZeroAndPrintsNothingForValidManifests() {
    CliRun run = CliRun.of("validate", "../manifests/gpu", "../manifests/tenancy");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("0 problem(s)");
  }

  @Test
  void printsFileDocLineRuleAndMessageAndExitsOne() {
    CliRun run = CliRun.of("validate", FAIL + "schema-unknown-field.yaml");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().strip())
        .isEqualTo(
            FAIL
                + "schema-unknown-field.yaml:1:17: schema-unknown-field: unknown field"
                + " \"spec.template.spec.containers[0].resource\" (not in Container)");
  }

  @Test
  void pointsAtTheDocumentAndLineOfLaterDocuments() {
    CliRun run = CliRun.of("validate", FAIL + "policy-exception-in-tenant.yaml");
    assertThat(run.out()).contains("policy-exception-in-tenant.yaml:5:39: pod-host-path:");
  }

  @Test
  void printsJsonForScripts() {
    CliRun run = CliRun.of("validate", "--json", FAIL + "image-tag.yaml");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("[")
        .contains("\"rule\": \"image-tag\"")
        .contains("\"doc\": 1")
        .contains("\"line\": 10");
  }

  @Test
  void exitsTwoWithThePositionOfBadYaml(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [x\n");
    CliRun run = CliRun.of("validate", bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith(bad + ":5:").contains("invalid YAML");
  }

  @Test
  void exitsTwoForAMissingPath() {
    CliRun run = CliRun.of("validate", "no/such/dir");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or directory");
  }

  @Test
  void contextFilesCountForTenantRulesButAreNotReported() {
    CliRun alone = CliRun.of("validate", "../manifests/tenancy/example-group/namespace.yaml");
    assertThat(alone.out()).contains("tenant-quota", "tenant-limit-range", "tenant-default-deny");
    CliRun withContext =
        CliRun.of(
            "validate",
            "../manifests/tenancy/example-group/namespace.yaml",
            "--context",
            "../manifests");
    assertThat(withContext.exit()).isZero();
  }
}
