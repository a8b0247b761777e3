package io.rug.kube.model;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.rug.scheduler.core.Gang;
import io.rug.scheduler.core.GpuRequest;
import io.rug.scheduler.core.Pod;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a fabric8 Pod (plus its PodGroup, if any) into the core's plain {@link Pod}. Requests are
 * the sum over containers, at least the largest init container (as kube-scheduler computes them),
 * plus pod overhead; a container with limits but no requests requests its limits.
 */
public final class PodTranslator {
  private final Function<String, Integer> priorityOfClass;

  /** {@code priorityOfClass} resolves a PriorityClass name to its value, or null if unknown. */
  public PodTranslator(Function<String, Integer> priorityOfClass) {
    this.priorityOfClass = priorityOfClass;
  }

  /** Translates; throws {@link IllegalArgumentException} naming the bad field. */
  public Pod translate(io.fabric8.kubernetes.api.model.Pod p, PodGroupInfo group) {
    var meta = p.getMetadata();
    Map<String, String> ann = meta.getAnnotations() == null ? Map.of() : meta.getAnnotations();
    long[] sum = new long[3];
    for (Container c : p.getSpec().getContainers()) add(sum, requests(c), 1);
    if (p.getSpec().getInitContainers() != null) {
      for (Container c : p.getSpec().getInitContainers()) {
        long[] r = requests(c);
        for (int i = 0; i < 3; i++) sum[i] = Math.max(sum[i], r[i]);
      }
    }
    if (p.getSpec().getOverhead() != null) add(sum, amounts(p.getSpec().getOverhead()), 1);
    GpuRequest gpu = gpu(sum[2], ann);
    String queue =
        group != null && group.flavour() == PodGroupInfo.Flavour.VOLCANO
            ? group.queue()
            : ann.getOrDefault(Annotations.VOLCANO_QUEUE, "default");
    Gang gang = group == null ? null : new Gang(group.key(), group.minMember());
    return new Pod(
        meta.getNamespace() + "/" + meta.getName(),
        sum[0],
        sum[1],
        gpu,
        priority(p, group),
        queue,
        meta.getNamespace(),
        gang,
        estimate(p, ann),
        created(meta.getCreationTimestamp()),
        p.getSpec().getNodeSelector());
  }

  private int priority(io.fabric8.kubernetes.api.model.Pod p, PodGroupInfo group) {
    Integer prio = p.getSpec().getPriority();
    if (prio == null && p.getSpec().getPriorityClassName() != null) {
      prio = priorityOfClass.apply(p.getSpec().getPriorityClassName());
    }
    if (group != null && group.priorityClassName() != null) {
      Integer g = priorityOfClass.apply(group.priorityClassName());
      if (g != null) prio = prio == null ? g : Math.max(prio, g);
    }
    return prio == null ? 0 : prio;
  }

  private static GpuRequest gpu(long wholeGpus, Map<String, String> ann) {
    Set<String> models =
        ann.containsKey(Annotations.GPU_MODELS)
            ? Arrays.stream(ann.get(Annotations.GPU_MODELS).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())
            : Set.of();
    String milli = ann.get(Annotations.GPU_MILLI);
    if (milli != null) {
      int m;
      try {
        m = Integer.parseInt(milli.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(Annotations.GPU_MILLI + " is not a number: " + milli);
      }
      if (m < 1 || m > 1000) {
        throw new IllegalArgumentException(Annotations.GPU_MILLI + " must be 1..1000: " + milli);
      }
      return new GpuRequest(1, m, models);
    }
    return wholeGpus == 0 ? GpuRequest.NONE : new GpuRequest((int) wholeGpus, 1000, models);
  }

  private static long estimate(io.fabric8.kubernetes.api.model.Pod p, Map<String, String> ann) {
    String e = ann.get(Annotations.RUNTIME_ESTIMATE);
    if (e != null) return RuntimeEstimate.parseMillis(e);
    Long deadline = p.getSpec().getActiveDeadlineSeconds();
    return deadline == null ? 0 : deadline * 1000;
  }

  private static long created(String ts) {
    if (ts == null) return 0;
    try {
      return Instant.parse(ts).toEpochMilli();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static long[] requests(Container c) {
    ResourceRequirements r = c.getResources();
    if (r == null) return new long[3];
    long[] req = amounts(r.getRequests());
    long[] lim = amounts(r.getLimits());
    Map<String, Quantity> rq = r.getRequests() == null ? Map.of() : r.getRequests();
    List<String> keys = List.of("cpu", "memory", Annotations.GPU_RESOURCE);
    for (int i = 0; i < 3; i++) if (!rq.containsKey(keys.get(i))) req[i] = lim[i];
    return req;
  }

  private static long[] amounts(Map<String, Quantity> list) {
    long[] a = new long[3];
    if (list == null) return a;
    try {
      if (list.containsKey("cpu")) a[0] = Quantities.cpuMilli(list.get("cpu"));
      if (list.containsKey("memory")) a[1] = Quantities.bytes(list.get("memory"));
      if (list.containsKey(Annotations.GPU_RESOURCE)) {
        a[2] = Quantities.count(list.get(Annotations.GPU_RESOURCE));
      }
    } catch (ArithmeticException e) {
      throw new Quantities.MalformedQuantityException("quantity out of range");
    }
    return a;
  }

  private static void add(long[] sum, long[] r, int sign) {
    for (int i = 0; i < 3; i++) sum[i] += sign * r[i];
  }
}
