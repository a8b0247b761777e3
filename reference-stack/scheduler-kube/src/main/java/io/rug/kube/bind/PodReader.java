package io.rug.kube.bind;

import io.fabric8.kubernetes.api.model.Pod;

/** Reads one pod: from the informer cache, or fresh from the API after an ambiguous failure. */
@FunctionalInterface
public interface PodReader {
  /** The pod, or null if it does not exist. */
  Pod read(String namespace, String name);
}
