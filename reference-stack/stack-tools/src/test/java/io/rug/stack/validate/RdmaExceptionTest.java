package io.rug.stack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.stack.yaml.ManifestReader;
import io.rug.stack.yaml.SourceDoc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RDMA exception as the book's "Try it" describes it, on the real reference manifests. */
class RdmaExceptionTest {
  static final Path RDMA = Path.of("../manifests/rdma");
  static final Path CLUSTER = Path.of("../manifests/tenancy/cluster");
  final StackValidator validator = new StackValidator(KindRegistry.standard());

  @Test
  void rdmaManifestsPassTogetherWithTheClusterPolicies() throws Exception {
    assertThat(validate(RDMA, CLUSTER)).isEmpty();
  }

  @Test
  void ipcLockIsRejectedOnceTheNamespaceLosesTheRdmaLabel(@TempDir Path dir) throws Exception {
    Path copy = copyRdma(dir);
    Path ns = copy.resolve("rdma-namespace.yaml");
    Files.writeString(ns, Files.readString(ns).replace("    rug.io/rdma: \"true\"\n", ""));
    List<Problem> problems = validate(copy, CLUSTER);
    assertThat(problems)
        .extracting(Problem::rule)
        .contains(Rules.CAPABILITIES, Rules.TENANT_PSA); // privileged enforce no longer excused
    assertThat(problems)
        .filteredOn(p -> p.rule().equals(Rules.CAPABILITIES))
        .allSatisfy(
            p -> assertThat(p.file().getFileName().toString()).isEqualTo("mpi-rdma-job.yaml"));
  }

  @Test
  void theRdmaLabelIsRejectedWithoutTheAdmissionPolicy() throws Exception {
    List<Problem> problems = validate(RDMA);
    assertThat(problems)
        .extracting(Problem::rule)
        .contains(Rules.RDMA_EXCEPTION, Rules.CAPABILITIES);
  }

  @Test
  void aBindingThatOnlyWarnsDoesNotEnableTheException(@TempDir Path dir) throws Exception {
    Path policies = dir.resolve("policies.yaml");
    Files.writeString(
        policies,
        Files.readString(CLUSTER.resolve("admission-policies.yaml"))
            .replace(
                "  policyName: rug-rdma-ipc-lock-only\n  validationActions: [Deny]",
                "  policyName: rug-rdma-ipc-lock-only\n  validationActions: [Warn]"));
    assertThat(validate(RDMA, policies)).extracting(Problem::rule).contains(Rules.RDMA_EXCEPTION);
  }

  private List<Problem> validate(Path... paths) throws Exception {
    List<SourceDoc> docs = new ManifestReader().readAll(List.of(paths));
    return validator.validate(docs);
  }

  private static Path copyRdma(Path dir) throws Exception {
    Path copy = Files.createDirectories(dir.resolve("rdma"));
    try (var files = Files.list(RDMA)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }
}
