package io.rug.kube.model;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.rug.scheduler.core.QueueSpec;
import io.rug.scheduler.core.Resources;
import java.util.Map;

/**
 * Reads a Volcano Queue: {@code weight}, {@code capability}, {@code guarantee.resource}, {@code
 * reclaimable}, {@code parent}. Volcano's root queue "root" is treated as no parent.
 */
public final class QueueParser {
  private QueueParser() {}

  public static Parsed<QueueSpec> parse(GenericKubernetesResource r) {
    String name = r.getMetadata().getName();
    try {
      Fields f = new Fields(r);
      Integer weight = f.integer("weight");
      if (weight == null) weight = 1;
      if (weight < 1) return Parsed.bad("weight must be at least 1, got " + weight);
      Resources cap = Fields.resources(f.map("capability"), Resources.UNLIMITED);
      Map<?, ?> g = f.map("guarantee");
      Object gr = g == null ? null : g.get("resource");
      Resources guarantee = Fields.resources(gr instanceof Map<?, ?> m ? m : null, Resources.ZERO);
      Boolean reclaimable = f.bool("reclaimable");
      String parent = f.string("parent", null);
      if ("root".equals(parent) || name.equals(parent)) parent = null;
      return Parsed.ok(
          new QueueSpec(name, parent, weight, cap, guarantee, reclaimable == null || reclaimable));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Parsed.bad(e.getMessage());
    }
  }
}
