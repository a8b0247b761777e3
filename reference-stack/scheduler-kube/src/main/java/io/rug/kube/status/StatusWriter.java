package io.rug.kube.status;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.rug.kube.informer.ObjectRef;
import io.rug.kube.model.Kinds;
import io.rug.kube.model.PodGroupInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes status back: the pod condition {@code PodScheduled=False} with the reason a user can act
 * on, and PodGroup status (phase, counts, and for Volcano a condition). Unchanged status is not
 * rewritten. JSON merge patches only (the API stand-in in tests has no strategic merge), so pod
 * conditions are sent as the whole list with ours replaced.
 */
public final class StatusWriter {
  private static final Logger log = LoggerFactory.getLogger(StatusWriter.class);

  private final KubernetesClient client;
  private final Map<String, String> lastGroupStatus = new ConcurrentHashMap<>();

  public StatusWriter(KubernetesClient client) {
    this.client = client;
  }

  /** Sets PodScheduled=False on a pending pod unless it already says exactly this. */
  public boolean podUnschedulable(Pod pod, String reason, String message) {
    List<PodCondition> conditions =
        pod.getStatus() == null || pod.getStatus().getConditions() == null
            ? List.of()
            : pod.getStatus().getConditions();
    List<Map<String, Object>> out = new ArrayList<>();
    for (PodCondition c : conditions) {
      if ("PodScheduled".equals(c.getType())) {
        if ("False".equals(c.getStatus())
            && reason.equals(c.getReason())
            && message.equals(c.getMessage())) {
          return false;
        }
        continue;
      }
      out.add(Serialization.unmarshal(Serialization.asJson(c), Map.class));
    }
    Map<String, Object> ours = new LinkedHashMap<>();
    ours.put("type", "PodScheduled");
    ours.put("status", "False");
    ours.put("reason", reason);
    ours.put("message", message);
    ours.put("lastTransitionTime", Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"));
    out.add(ours);
    String patch = Serialization.asJson(Map.of("status", Map.of("conditions", out)));
    try {
      client
          .pods()
          .inNamespace(pod.getMetadata().getNamespace())
          .withName(pod.getMetadata().getName())
          .subresource("status")
          .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
      return true;
    } catch (RuntimeException e) {
      log.debug("could not patch status of pod {}: {}", pod.getMetadata().getName(), e.toString());
      return false;
    }
  }

  /** Writes a PodGroup's status if it changed since the last write; true if written. */
  public boolean podGroup(ObjectRef ref, PodGroupInfo.Flavour flavour, GroupState s) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("phase", s.phase());
    if (flavour == PodGroupInfo.Flavour.VOLCANO) {
      status.put("running", s.placed());
      if (s.reason() != null) {
        Map<String, Object> cond = new LinkedHashMap<>();
        boolean ok = GroupState.RUNNING.equals(s.phase());
        cond.put("type", ok ? "Scheduled" : "Unschedulable");
        cond.put("status", "True");
        cond.put("reason", s.reason());
        cond.put("message", s.message());
        cond.put("lastTransitionTime", Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"));
        status.put("conditions", List.of(cond));
      }
    } else {
      status.put("scheduled", s.placed());
      status.put("running", s.placed());
    }
    String fingerprint = s.toString();
    if (fingerprint.equals(lastGroupStatus.get(ref.key() + flavour))) return false;
    var ctx =
        flavour == PodGroupInfo.Flavour.VOLCANO ? Kinds.VOLCANO_POD_GROUP : Kinds.PLUGINS_POD_GROUP;
    try {
      client
          .genericKubernetesResources(ctx)
          .inNamespace(ref.namespace())
          .withName(ref.name())
          .subresource("status")
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              Serialization.asJson(Map.of("status", status)));
      lastGroupStatus.put(ref.key() + flavour, fingerprint);
      return true;
    } catch (RuntimeException e) {
      log.debug("could not patch status of PodGroup {}: {}", ref.key(), e.toString());
      return false;
    }
  }

  /** Forgets written status of PodGroups no longer present. */
  public void retainGroups(java.util.Set<String> liveKeys) {
    lastGroupStatus.keySet().removeIf(k -> liveKeys.stream().noneMatch(k::startsWith));
  }
}
