package io.rug.kube.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.support.Fixtures;
import io.rug.kube.support.MockApi;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The real command, production binder included, against the mock API via a kubeconfig. */
class RunCommandIT {
  private final MockApi api = new MockApi();
  private final KubernetesClient admin = api.newClient();
  private final RunCommand command = new RunCommand();
  private CompletableFuture<Integer> exit;

  @AfterEach
  void tearDown() throws Exception {
    command.stop();
    if (exit != null) exit.get();
    api.close();
  }

  @Test
  void runsFromAKubeconfigLeadsReportsAndUsesTheBindingSubresource(@TempDir Path dir)
      throws Exception {
    Path kubeconfig =
        Files.writeString(
            dir.resolve("config"),
            """
            apiVersion: v1
            kind: Config
            clusters: [{name: mock, cluster: {server: "%s"}}]
            users: [{name: me, user: {token: test}}]
            contexts: [{name: mock, context: {cluster: mock, user: me, namespace: default}}]
            current-context: mock
            """
                .formatted(api.url()));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    admin.resource(Fixtures.node("node-0", 4, 16, 0)).create();
    admin.resource(Fixtures.pod("lab", "too-big", "64", "1Gi", null, null)).create();
    String[] args = {
      "--kubeconfig",
      kubeconfig.toString(),
      "--metrics-port",
      String.valueOf(port),
      "--identity",
      "cli-replica",
      "--lease-namespace",
      "default"
    };
    exit = CompletableFuture.supplyAsync(() -> new CommandLine(command).execute(args));

    await().atMost(Duration.ofSeconds(20)).until(() -> reason("too-big") != null);
    assertThat(reason("too-big")).isEqualTo("Unschedulable");
    assertThat(
            admin
                .leases()
                .inNamespace("default")
                .withName("rug-scheduler")
                .get()
                .getSpec()
                .getHolderIdentity())
        .isEqualTo("cli-replica");
    assertThat(get(port, "/readyz")).isEqualTo(200);
    assertThat(body(port, "/metrics")).contains("rug_scheduler_pending_pods 1.0");

    // a pod that fits goes to POST pods/{name}/binding; the mock refuses that subresource (409)
    // and never binds, so the pod stays pending with a FailedBinding event: the production path
    admin.resource(Fixtures.pod("lab", "fits", "1", "1Gi", null, null)).create();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                admin.v1().events().inNamespace("lab").list().getItems().stream()
                    .map(Event::getReason)
                    .anyMatch("FailedBinding"::equals));
    command.stop();
    assertThat(exit.get()).isZero();
  }

  private String reason(String pod) {
    Pod p = admin.pods().inNamespace("lab").withName(pod).get();
    if (p.getStatus() == null || p.getStatus().getConditions() == null) return null;
    return p.getStatus().getConditions().stream()
        .filter(c -> "PodScheduled".equals(c.getType()))
        .map(c -> c.getReason())
        .findFirst()
        .orElse(null);
  }

  private static int get(int port, String path) throws Exception {
    return send(port, path).statusCode();
  }

  private static String body(int port, String path) throws Exception {
    return send(port, path).body();
  }

  private static HttpResponse<String> send(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
