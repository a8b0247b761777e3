package io.rug.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.stack.apply.MockCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandIT {
  MockCluster cluster;
  Path kubeconfig;

  @BeforeEach
  void start(@TempDir Path dir) throws Exception {
    cluster = new MockCluster();
    kubeconfig = dir.resolve("kubeconfig");
    Files.writeString(kubeconfig, cluster.kubeconfig());
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void appliesTheExampleTenantThroughAKubeconfig() {
    CliRun run =
        CliRun.of(
            "apply", "--replace", "--kubeconfig", kubeconfig.toString(), "../manifests/tenancy");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("namespace/astro-lab created", "clusterrole/research-pi created");
    assertThat(cluster.client.rbac().roleBindings().inNamespace("astro-lab").list().getItems())
        .hasSize(3);
  }

  @Test
  void refusesToApplyManifestsThatFailValidation() {
    CliRun run =
        CliRun.of(
            "apply",
            "--replace",
            "--kubeconfig",
            kubeconfig.toString(),
            "src/test/resources/fixtures/fail/tenant-quota.yaml");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("tenant-quota");
    assertThat(cluster.client.namespaces().withName("no-quota").get()).isNull();
  }

  @Test
  void rejectsAnUnknownDryRunMode() {
    assertThat(CliRun.of("apply", "--dry-run=maybe", "../manifests/tenancy").exit()).isEqualTo(2);
  }
}
