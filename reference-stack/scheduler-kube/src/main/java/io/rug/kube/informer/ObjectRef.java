package io.rug.kube.informer;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Enough of an object to write an Event about it or patch its status. */
public record ObjectRef(String apiVersion, String kind, String namespace, String name, String uid) {
  public static ObjectRef of(HasMetadata o) {
    return new ObjectRef(
        o.getApiVersion(),
        o.getKind(),
        o.getMetadata().getNamespace(),
        o.getMetadata().getName(),
        o.getMetadata().getUid());
  }

  public String key() {
    return namespace == null ? name : namespace + "/" + name;
  }
}
