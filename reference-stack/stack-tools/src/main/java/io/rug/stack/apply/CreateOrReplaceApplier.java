package io.rug.stack.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;

/**
 * Create when absent, replace when different: for API servers without server-side apply (the
 * fabric8 mock). Replacing overwrites fields others set, which server-side apply would keep.
 */
public final class CreateOrReplaceApplier implements Applier {
  private final KubernetesSerialization serialization;

  public CreateOrReplaceApplier(KubernetesSerialization serialization) {
    this.serialization = serialization;
  }

  @Override
  public Change apply(
      Resource<GenericKubernetesResource> handle,
      GenericKubernetesResource desired,
      DryRun dryRun) {
    GenericKubernetesResource live = handle.get();
    if (live == null) {
      if (dryRun == DryRun.NONE) {
        handle.create();
      } else if (dryRun == DryRun.SERVER) {
        handle.dryRun().create();
      }
      return Change.CREATED;
    }
    if (Subset.contains(asMap(live), asMap(desired))) {
      return Change.UNCHANGED;
    }
    desired.getMetadata().setResourceVersion(live.getMetadata().getResourceVersion());
    if (dryRun == DryRun.NONE) {
      handle.update();
    } else if (dryRun == DryRun.SERVER) {
      handle.dryRun().update();
    }
    return Change.CONFIGURED;
  }

  private Map<?, ?> asMap(GenericKubernetesResource r) {
    return serialization.convertValue(r, Map.class);
  }
}
