package io.rug.kube.support;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The Kubernetes API stand-in: fabric8's mock server in CRUD mode (plain HTTP, random port) with
 * our CRD kinds registered and a {@link FaultInjector} in front. Clients are built like the CLI's,
 * with the JDK HTTP client.
 */
public final class MockApi implements AutoCloseable {
  /** Held so the JUL level sticks: the mock server logs every request at INFO. */
  private static final java.util.logging.Logger MOCK_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  static {
    MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private final KubernetesMockServer server;
  private final FaultInjector faults;
  private final List<KubernetesClient> clients = new ArrayList<>();

  public MockApi() {
    var crud =
        new KubernetesCrudDispatcher(
            List.of(
                crd("scheduling.volcano.sh", "v1beta1", "podgroups", "PodGroup", "Namespaced"),
                crd("scheduling.volcano.sh", "v1beta1", "queues", "Queue", "Cluster"),
                crd("scheduling.x-k8s.io", "v1alpha1", "podgroups", "PodGroup", "Namespaced")));
    faults = new FaultInjector(crud);
    server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), faults, false);
    server.init();
  }

  private static CustomResourceDefinitionContext crd(
      String group, String version, String plural, String kind, String scope) {
    return new CustomResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(version)
        .withPlural(plural)
        .withKind(kind)
        .withScope(scope)
        .withStatusSubresource(true)
        .build();
  }

  /** The API server's base URL, e.g. for a kubeconfig. */
  public String url() {
    return server.url("/");
  }

  public FaultInjector faults() {
    return faults;
  }

  /** A new client (each scheduler replica gets its own, as separate processes would). */
  public KubernetesClient newClient() {
    return newClient(10_000);
  }

  /** A new client whose requests time out after {@code requestTimeoutMillis}. */
  public KubernetesClient newClient(int requestTimeoutMillis) {
    return newClient(requestTimeoutMillis, null);
  }

  /**
   * A new client that sends {@code userAgent} (when not null) with every request, so fault rules
   * can pick out one client's requests, e.g. those of a replica whose process "died".
   */
  public KubernetesClient newClient(int requestTimeoutMillis, String userAgent) {
    ConfigBuilder builder = new ConfigBuilder(Config.empty());
    if (userAgent != null) builder.withUserAgent(userAgent);
    Config config =
        builder
            .withMasterUrl(server.url("/"))
            .withNamespace("default")
            .withTrustCerts(true)
            .withRequestTimeout(requestTimeoutMillis)
            .withRequestRetryBackoffLimit(0)
            .withHttp2Disable(true)
            .build();
    KubernetesClient c = new KubernetesClientBuilder().withConfig(config).build();
    clients.add(c);
    return c;
  }

  @Override
  public void close() {
    for (KubernetesClient c : clients) c.close();
    server.destroy();
  }
}
