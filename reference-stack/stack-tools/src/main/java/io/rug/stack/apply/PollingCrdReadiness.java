package io.rug.stack.apply;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Watches the CRD until its {@code Established} condition is {@code True}. */
public final class PollingCrdReadiness implements CrdReadiness {
  private final KubernetesClient client;

  public PollingCrdReadiness(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void awaitEstablished(String crdName, Duration timeout) {
    try {
      client
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .withName(crdName)
          .waitUntilCondition(
              PollingCrdReadiness::established, timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      throw new IllegalStateException(
          "CustomResourceDefinition " + crdName + " not established within " + timeout, e);
    }
  }

  static boolean established(CustomResourceDefinition crd) {
    return crd != null
        && crd.getStatus() != null
        && crd.getStatus().getConditions() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
