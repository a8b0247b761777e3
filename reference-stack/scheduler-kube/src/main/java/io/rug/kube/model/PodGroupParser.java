package io.rug.kube.model;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.rug.scheduler.core.Resources;

/** Reads Volcano and scheduler-plugins PodGroups; invalid ones come back with a problem. */
public final class PodGroupParser {
  private PodGroupParser() {}

  public static Parsed<PodGroupInfo> parse(
      GenericKubernetesResource r, PodGroupInfo.Flavour flavour) {
    String ns = r.getMetadata().getNamespace();
    String name = r.getMetadata().getName();
    try {
      Fields f = new Fields(r);
      Integer min = f.integer("minMember");
      if (min == null) min = 1;
      if (min < 1) {
        return Parsed.bad("minMember must be at least 1, got " + min);
      }
      Resources minRes = Fields.resources(f.map("minResources"), Resources.ZERO);
      if (flavour == PodGroupInfo.Flavour.VOLCANO) {
        String queue = f.string("queue", "default");
        String prio = f.string("priorityClassName", null);
        return Parsed.ok(new PodGroupInfo(ns, name, flavour, min, queue, prio, minRes, 0));
      }
      Integer timeout = f.integer("scheduleTimeoutSeconds");
      if (timeout != null && timeout < 0) {
        return Parsed.bad("scheduleTimeoutSeconds must not be negative, got " + timeout);
      }
      return Parsed.ok(
          new PodGroupInfo(
              ns, name, flavour, min, "default", null, minRes, timeout == null ? 0 : timeout));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Parsed.bad(e.getMessage());
    }
  }
}
