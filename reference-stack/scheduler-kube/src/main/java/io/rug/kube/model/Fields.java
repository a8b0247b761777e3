package io.rug.kube.model;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.rug.scheduler.core.Resources;
import java.util.Map;

/** Typed reads of a generic resource's {@code spec}; type mismatches are input errors. */
final class Fields {
  private final Map<?, ?> spec;

  Fields(GenericKubernetesResource r) {
    Object s = r.getAdditionalProperties().get("spec");
    this.spec = s instanceof Map<?, ?> m ? m : Map.of();
  }

  String string(String key, String fallback) {
    Object v = spec.get(key);
    return v == null ? fallback : String.valueOf(v);
  }

  Integer integer(String key) {
    Object v = spec.get(key);
    if (v == null) return null;
    if (v instanceof Number n) return n.intValue();
    try {
      return Integer.parseInt(String.valueOf(v).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is not an integer: '" + v + "'");
    }
  }

  Boolean bool(String key) {
    Object v = spec.get(key);
    if (v == null) return null;
    if (v instanceof Boolean b) return b;
    throw new IllegalArgumentException(key + " is not a boolean: '" + v + "'");
  }

  Map<?, ?> map(String key) {
    Object v = spec.get(key);
    if (v == null) return null;
    if (v instanceof Map<?, ?> m) return m;
    throw new IllegalArgumentException(key + " is not a map");
  }

  /** A resource list ({cpu: "4", memory: "8Gi", nvidia.com/gpu: 2}); absent keys are 0. */
  static Resources resources(Map<?, ?> list, Resources whenAbsent) {
    if (list == null) return whenAbsent;
    long cpu = whenAbsent == Resources.UNLIMITED && !list.containsKey("cpu") ? Long.MAX_VALUE : 0;
    long mem =
        whenAbsent == Resources.UNLIMITED && !list.containsKey("memory") ? Long.MAX_VALUE : 0;
    long gpu =
        whenAbsent == Resources.UNLIMITED && !list.containsKey(Annotations.GPU_RESOURCE)
            ? Long.MAX_VALUE
            : 0;
    for (Map.Entry<?, ?> e : list.entrySet()) {
      Quantity q = new Quantity(String.valueOf(e.getValue()));
      switch (String.valueOf(e.getKey())) {
        case "cpu" -> cpu = Quantities.cpuMilli(q);
        case "memory" -> mem = Quantities.bytes(q);
        case Annotations.GPU_RESOURCE -> gpu = Quantities.count(q) * 1000L;
        default -> Quantities.amount(q); // validated, not scheduled on
      }
    }
    return new Resources(cpu, mem, gpu);
  }
}
