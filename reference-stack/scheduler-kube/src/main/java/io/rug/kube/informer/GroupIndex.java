package io.rug.kube.informer;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.rug.kube.model.Annotations;
import io.rug.kube.model.Parsed;
import io.rug.kube.model.PodGroupInfo;
import io.rug.kube.model.PodGroupParser;
import io.rug.kube.model.QueueParser;
import io.rug.scheduler.core.QueueSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Queues and PodGroups of both flavours, keeps the valid ones and records a {@link Problem}
 * for each invalid one (bad minMember, malformed quantity, unknown queue or parent).
 */
final class GroupIndex {
  final Map<String, QueueSpec> queues = new LinkedHashMap<>();
  final Map<String, PodGroupInfo> volcano = new HashMap<>();
  final Map<String, PodGroupInfo> plugins = new HashMap<>();
  final Map<String, ObjectRef> refs = new HashMap<>();
  final List<Problem> problems = new ArrayList<>();

  GroupIndex(ClusterCache cache) {
    for (GenericKubernetesResource q : cache.queues()) {
      Parsed<QueueSpec> p = QueueParser.parse(q);
      if (p.isOk()) queues.put(p.value().name(), p.value());
      else problems.add(new Problem(ObjectRef.of(q), "InvalidQueue", p.problem()));
    }
    dropOrphanQueues(cache);
    read(cache.volcanoPodGroups(), PodGroupInfo.Flavour.VOLCANO, volcano);
    read(cache.pluginPodGroups(), PodGroupInfo.Flavour.PLUGINS, plugins);
  }

  /** A queue whose parent does not exist is skipped (with its own subtree). */
  private void dropOrphanQueues(ClusterCache cache) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (QueueSpec q : List.copyOf(queues.values())) {
        if (q.parent() != null && !queues.containsKey(q.parent())) {
          queues.remove(q.name());
          changed = true;
          cache.queues().stream()
              .filter(r -> r.getMetadata().getName().equals(q.name()))
              .findFirst()
              .ifPresent(
                  r ->
                      problems.add(
                          new Problem(
                              ObjectRef.of(r),
                              "InvalidQueue",
                              "unknown parent queue " + q.parent())));
        }
      }
    }
  }

  private void read(
      List<GenericKubernetesResource> objects,
      PodGroupInfo.Flavour flavour,
      Map<String, PodGroupInfo> into) {
    for (GenericKubernetesResource g : objects) {
      ObjectRef ref = ObjectRef.of(g);
      Parsed<PodGroupInfo> p = PodGroupParser.parse(g, flavour);
      if (!p.isOk()) {
        problems.add(new Problem(ref, "InvalidPodGroup", p.problem()));
      } else if (!knownQueue(p.value().queue())) {
        problems.add(new Problem(ref, "UnknownQueue", "queue " + p.value().queue() + " not found"));
      } else {
        into.put(ref.key(), p.value());
        refs.put(ref.key(), ref);
      }
    }
  }

  /** "default" always exists (Volcano creates it; without Volcano it is implicit). */
  boolean knownQueue(String name) {
    return "default".equals(name) || queues.containsKey(name);
  }

  /** The group a pod names, "" if none, or null if it names one that is missing or invalid. */
  String groupKeyOf(Pod p) {
    var meta = p.getMetadata();
    String v =
        meta.getAnnotations() == null ? null : meta.getAnnotations().get(Annotations.VOLCANO_GROUP);
    String l =
        meta.getLabels() == null ? null : meta.getLabels().get(Annotations.PLUGINS_GROUP_LABEL);
    if (v != null) {
      String key = meta.getNamespace() + "/" + v;
      return volcano.containsKey(key) ? key : null;
    }
    if (l != null) {
      String key = meta.getNamespace() + "/" + l;
      return plugins.containsKey(key) ? key : null;
    }
    return "";
  }

  PodGroupInfo group(String key) {
    PodGroupInfo g = volcano.get(key);
    return g != null ? g : plugins.get(key);
  }
}
