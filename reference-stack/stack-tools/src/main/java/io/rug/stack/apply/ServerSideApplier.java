package io.rug.stack.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import java.util.Objects;

/**
 * Server-side apply with a field manager: the API server merges our fields and keeps fields other
 * managers own. A changed resourceVersion tells "configured" from "unchanged".
 */
public final class ServerSideApplier implements Applier {
  private final String fieldManager;
  private final KubernetesSerialization serialization;

  public ServerSideApplier(String fieldManager, KubernetesSerialization serialization) {
    this.fieldManager = fieldManager;
    this.serialization = serialization;
  }

  @Override
  public Change apply(
      Resource<GenericKubernetesResource> handle,
      GenericKubernetesResource desired,
      DryRun dryRun) {
    GenericKubernetesResource live = handle.get();
    if (dryRun == DryRun.CLIENT) {
      if (live == null) {
        return Change.CREATED;
      }
      return Subset.contains(
              serialization.convertValue(live, Map.class),
              serialization.convertValue(desired, Map.class))
          ? Change.UNCHANGED
          : Change.CONFIGURED;
    }
    GenericKubernetesResource applied =
        dryRun == DryRun.SERVER
            ? handle.dryRun().fieldManager(fieldManager).forceConflicts().serverSideApply()
            : handle.fieldManager(fieldManager).forceConflicts().serverSideApply();
    if (live == null) {
      return Change.CREATED;
    }
    return Objects.equals(
            live.getMetadata().getResourceVersion(), applied.getMetadata().getResourceVersion())
        ? Change.UNCHANGED
        : Change.CONFIGURED;
  }
}
