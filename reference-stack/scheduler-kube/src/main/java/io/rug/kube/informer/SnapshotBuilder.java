package io.rug.kube.informer;

import io.fabric8.kubernetes.api.model.Pod;
import io.rug.kube.model.Annotations;
import io.rug.kube.model.NodeTranslator;
import io.rug.kube.model.PodGroupInfo;
import io.rug.kube.model.PodTranslator;
import io.rug.scheduler.core.ClusterSnapshot;
import io.rug.scheduler.core.Node;
import io.rug.scheduler.core.Placement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds a cycle's input from the informer caches and the pods assumed bound. */
public final class SnapshotBuilder {
  private final ClusterCache cache;
  private final AssumedPods assumed;
  private final NamespaceSelector namespaces;
  private final PodTranslator translator;

  public SnapshotBuilder(ClusterCache cache, AssumedPods assumed, NamespaceSelector namespaces) {
    this.cache = cache;
    this.assumed = assumed;
    this.namespaces = namespaces;
    this.translator = new PodTranslator(cache::priorityOfClass);
  }

  public CycleInput build(long nowMillis) {
    GroupIndex groups = new GroupIndex(cache);
    List<Problem> problems = new ArrayList<>(groups.problems);
    Map<String, String> groupOfPod = new HashMap<>();
    Map<String, Pod> skipped = new HashMap<>();

    List<Node> nodes = new ArrayList<>();
    for (var n : cache.nodes()) {
      try {
        nodes.add(NodeTranslator.translate(n));
      } catch (IllegalArgumentException | ArithmeticException e) {
        problems.add(new Problem(ObjectRef.of(n), "InvalidNode", e.getMessage()));
      }
    }

    List<Pod> placedPods = cache.placedPods();
    List<Pod> pendingPods = cache.pendingPods();
    Set<String> placedIds =
        placedPods.stream().map(SnapshotBuilder::id).collect(Collectors.toSet());
    Set<String> pendingIds =
        pendingPods.stream().map(SnapshotBuilder::id).collect(Collectors.toSet());
    assumed.expire(placedIds, pendingIds, nowMillis);

    List<Placement> running = new ArrayList<>();
    for (Pod p : placedPods) {
      String key = groups.groupKeyOf(p);
      PodGroupInfo g = key == null || key.isEmpty() ? null : groups.group(key);
      if (g != null) groupOfPod.put(id(p), key);
      try {
        running.add(
            new Placement(
                translator.translate(p, g), p.getSpec().getNodeName(), gpuIndices(p), started(p)));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(ObjectRef.of(p), "InvalidPod", e.getMessage()));
      }
    }
    for (Placement a : assumed.placements()) {
      if (!placedIds.contains(a.pod().id())) {
        running.add(a);
        if (a.pod().gang() != null) groupOfPod.put(a.pod().id(), a.pod().gang().id());
      }
    }

    Map<String, Pod> pending = new LinkedHashMap<>();
    List<io.rug.scheduler.core.Pod> offered = new ArrayList<>();
    for (Pod p : pendingPods) {
      String id = id(p);
      if (assumed.contains(id)
          || !namespaces.matches(cache.namespaceLabels(p.getMetadata().getNamespace()))) {
        continue;
      }
      String key = groups.groupKeyOf(p);
      if (key == null) {
        problems.add(new Problem(ObjectRef.of(p), "PodGroupNotReady", missingGroupMessage(p)));
        skipped.put(id, p);
        continue;
      }
      PodGroupInfo g = key.isEmpty() ? null : groups.group(key);
      try {
        io.rug.scheduler.core.Pod core = translator.translate(p, g);
        if (g == null && !groups.knownQueue(core.queue())) {
          problems.add(
              new Problem(ObjectRef.of(p), "UnknownQueue", "queue " + core.queue() + " not found"));
          skipped.put(id, p);
          continue;
        }
        offered.add(core);
        pending.put(id, p);
        if (g != null) groupOfPod.put(id, key);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(ObjectRef.of(p), "InvalidPod", e.getMessage()));
        skipped.put(id, p);
      }
    }
    Map<String, ObjectRef> groupRefs = new HashMap<>(groups.refs);
    return new CycleInput(
        new ClusterSnapshot(
            nowMillis,
            nodes,
            GpuIndexFiller.fill(nodes, running),
            offered,
            List.copyOf(groups.queues.values())),
        pending,
        merged(groups),
        groupRefs,
        groupOfPod,
        problems,
        skipped);
  }

  private static Map<String, PodGroupInfo> merged(GroupIndex g) {
    Map<String, PodGroupInfo> m = new HashMap<>(g.plugins);
    m.putAll(g.volcano);
    return m;
  }

  private static String missingGroupMessage(Pod p) {
    var meta = p.getMetadata();
    String v =
        meta.getAnnotations() == null ? null : meta.getAnnotations().get(Annotations.VOLCANO_GROUP);
    String name = v != null ? v : meta.getLabels().get(Annotations.PLUGINS_GROUP_LABEL);
    return "PodGroup "
        + meta.getNamespace()
        + "/"
        + name
        + " is missing or invalid; pod waits for it";
  }

  static String id(Pod p) {
    return p.getMetadata().getNamespace() + "/" + p.getMetadata().getName();
  }

  private static List<Integer> gpuIndices(Pod p) {
    var ann = p.getMetadata().getAnnotations();
    String s = ann == null ? null : ann.get(Annotations.GPU_INDICES);
    if (s == null || s.isBlank()) return List.of();
    List<Integer> out = new ArrayList<>();
    for (String part : s.split(",")) {
      try {
        out.add(Integer.parseInt(part.strip()));
      } catch (NumberFormatException e) {
        return List.of(); // unreadable: let the filler assign indices
      }
    }
    return out;
  }

  private static long started(Pod p) {
    String t =
        p.getStatus() != null && p.getStatus().getStartTime() != null
            ? p.getStatus().getStartTime()
            : p.getMetadata().getCreationTimestamp();
    try {
      return t == null ? 0 : Instant.parse(t).toEpochMilli();
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
