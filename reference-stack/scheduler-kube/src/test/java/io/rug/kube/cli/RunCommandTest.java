package io.rug.kube.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new SchedulerCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void helpExplainsTheOptions() {
    assertThat(run("run", "--help")).isZero();
    assertThat(out.toString())
        .contains(
            "--kubeconfig",
            "--scheduler-name",
            "--namespace-selector",
            "--metrics-port",
            "Volcano");
  }

  @Test
  void anUnreadableKubeconfigIsAnInputError(@TempDir Path dir) {
    assertThat(run("run", "--kubeconfig", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot read kubeconfig");
  }

  @Test
  void aMalformedNamespaceSelectorOrPolicyIsAnInputError(@TempDir Path dir) throws Exception {
    Path kc = Files.writeString(dir.resolve("kc"), "apiVersion: v1\nkind: Config\n");
    assertThat(run("run", "--kubeconfig", kc.toString(), "--namespace-selector", "a=b,,c"))
        .isEqualTo(2);
    assertThat(run("run", "--kubeconfig", kc.toString(), "--policy", "lottery")).isEqualTo(2);
    assertThat(err.toString()).contains("empty term", "lottery");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("run", "--frobnicate")).isEqualTo(2);
  }
}
