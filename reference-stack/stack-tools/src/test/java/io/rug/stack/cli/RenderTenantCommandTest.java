package io.rug.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTenantCommandTest {

  @Test
  void theBooksExampleRendersAndValidates(@TempDir Path dir) throws Exception {
    CliRun render =
        CliRun.of(
            "render",
            "tenant",
            "--name",
            "bio-lab",
            "--pi",
            "alice",
            "--members",
            "bob,carol",
            "--students",
            "dave",
            "--gpus",
            "4",
            "--cpu",
            "256",
            "--memory",
            "1Ti",
            "-o",
            "yaml");
    assertThat(render.exit()).isZero();
    Path file = dir.resolve("bio-lab.yaml");
    Files.writeString(file, render.out());
    CliRun validate = CliRun.of("validate", "../manifests/tenancy/cluster/", file.toString());
    assertThat(validate.out()).isEmpty();
    assertThat(validate.exit()).isZero();
  }

  @Test
  void withoutTheNetworkPolicyTheTenantFailsValidation(@TempDir Path dir) throws Exception {
    CliRun render = CliRun.of("render", "tenant", "--name", "bio-lab", "--pi", "alice");
    String withoutDefaultDeny =
        render
            .out()
            .replaceAll(
                "(?s)---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n.*?(?=---)",
                "");
    Path file = dir.resolve("bio-lab.yaml");
    Files.writeString(file, withoutDefaultDeny);
    CliRun validate = CliRun.of("validate", "../manifests/tenancy/cluster/", file.toString());
    assertThat(validate.exit()).isEqualTo(1);
    assertThat(validate.out()).contains("tenant-default-deny: tenant namespace bio-lab");
  }

  @Test
  void badArgumentsExitTwo() {
    assertThat(CliRun.of("render", "tenant", "--name", "x", "--pi", "a", "-o", "xml").exit())
        .isEqualTo(2);
    assertThat(CliRun.of("render", "tenant", "--name", "x", "--pi", "a", "--memory", "lots").exit())
        .isEqualTo(2);
    assertThat(CliRun.of("render", "tenant", "--pi", "a").exit()).isEqualTo(2);
  }
}
