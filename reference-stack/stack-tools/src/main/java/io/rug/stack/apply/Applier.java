package io.rug.stack.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;

/**
 * Writes one object to the cluster. Real clusters use server-side apply ({@link
 * ServerSideApplier}); the fabric8 mock API server lacks it, so tests use {@link
 * CreateOrReplaceApplier}. This interface is the only place the two differ.
 */
public interface Applier {
  Change apply(
      Resource<GenericKubernetesResource> handle, GenericKubernetesResource desired, DryRun dryRun);
}
