package io.rug.kube.status;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.kube.informer.ObjectRef;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes core/v1 Events about pods, PodGroups and Queues. The same reason and message for the same
 * object is written once, so a pod that stays unschedulable does not flood the event log.
 */
public final class EventRecorder {
  private final KubernetesClient client;
  private final String component;
  private final Map<String, String> lastByObject = new ConcurrentHashMap<>();

  public EventRecorder(KubernetesClient client, String component) {
    this.client = client;
    this.component = component;
  }

  /** Records the event unless it repeats the last one for this object; never throws. */
  public void record(ObjectRef on, boolean warning, String reason, String message) {
    String key = on.kind() + ":" + on.key() + ":" + on.uid();
    String what = reason + "\u0000" + message;
    if (what.equals(lastByObject.put(key, what))) return;
    String ns = on.namespace() == null ? "default" : on.namespace();
    String now = Instant.now().toString();
    Event e =
        new EventBuilder()
            .withNewMetadata()
            .withNamespace(ns)
            .withName(on.name() + "." + UUID.randomUUID().toString().substring(0, 13))
            .endMetadata()
            .withNewInvolvedObject()
            .withApiVersion(on.apiVersion())
            .withKind(on.kind())
            .withNamespace(on.namespace())
            .withName(on.name())
            .withUid(on.uid())
            .endInvolvedObject()
            .withType(warning ? "Warning" : "Normal")
            .withReason(reason)
            .withMessage(message)
            .withNewSource()
            .withComponent(component)
            .endSource()
            .withReportingComponent(component)
            .withFirstTimestamp(now)
            .withLastTimestamp(now)
            .withCount(1)
            .build();
    try {
      client.v1().events().inNamespace(ns).resource(e).create();
    } catch (RuntimeException ex) {
      lastByObject.remove(key); // try again next time
    }
  }

  /** Forgets objects no longer seen, so the memory stays bounded. */
  public void retainOnly(java.util.Set<String> liveKeys) {
    lastByObject
        .keySet()
        .removeIf(k -> !liveKeys.contains(k.substring(k.indexOf(':') + 1, k.lastIndexOf(':'))));
  }
}
