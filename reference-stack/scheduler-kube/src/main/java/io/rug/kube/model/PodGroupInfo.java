package io.rug.kube.model;

import io.rug.scheduler.core.Resources;

/**
 * A PodGroup of either flavour, reduced to what scheduling needs.
 *
 * @param scheduleTimeoutSeconds scheduler-plugins' timeout, 0 when not set (Volcano)
 */
public record PodGroupInfo(
    String namespace,
    String name,
    Flavour flavour,
    int minMember,
    String queue,
    String priorityClassName,
    Resources minResources,
    long scheduleTimeoutSeconds) {

  /** Which API the PodGroup came from. */
  public enum Flavour {
    VOLCANO,
    PLUGINS
  }

  public String key() {
    return namespace + "/" + name;
  }
}
