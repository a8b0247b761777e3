package io.rug.stack.apply;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionConditionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionStatusBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;
import java.util.List;

/**
 * fabric8's mock API server in CRUD mode, plus what a real API server would do that the mock does
 * not: mark each new CustomResourceDefinition {@code Established} (through its status).
 */
public final class MockCluster implements AutoCloseable {
  static {
    java.util.logging.Logger.getLogger("io.fabric8.mockwebserver")
        .setLevel(java.util.logging.Level.WARNING);
  }

  private final KubernetesMockServer server;
  public final KubernetesClient client;
  private SharedIndexInformer<CustomResourceDefinition> establisher;

  public MockCluster() {
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(List.of()),
            false);
    server.init();
    client = new KubernetesClientBuilder().withConfig(config()).build();
  }

  Config config() {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl(server.url("/"))
        .withNamespace("default")
        .withTrustCerts(true)
        .withRequestTimeout(10_000)
        .build();
  }

  public String kubeconfig() {
    return """
        apiVersion: v1
        kind: Config
        clusters:
          - name: mock
            cluster: {server: "%s"}
        contexts:
          - name: mock
            context: {cluster: mock, user: test, namespace: default}
        current-context: mock
        users:
          - name: test
            user: {token: test}
        """
        .formatted(server.url("/"));
  }

  /** From now on, every CRD that appears is marked established, like a real API server does. */
  public void establishCrds() {
    establisher =
        client
            .apiextensions()
            .v1()
            .customResourceDefinitions()
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(CustomResourceDefinition crd) {
                    crd.setStatus(
                        new CustomResourceDefinitionStatusBuilder()
                            .withConditions(
                                new CustomResourceDefinitionConditionBuilder()
                                    .withType("Established")
                                    .withStatus("True")
                                    .build())
                            .build());
                    client.resource(crd).updateStatus();
                  }

                  @Override
                  public void onUpdate(CustomResourceDefinition a, CustomResourceDefinition b) {}

                  @Override
                  public void onDelete(CustomResourceDefinition crd, boolean unknown) {}
                });
  }

  @Override
  public void close() {
    if (establisher != null) {
      establisher.close();
    }
    client.close();
    server.destroy();
  }
}
