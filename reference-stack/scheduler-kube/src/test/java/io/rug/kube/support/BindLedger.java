package io.rug.kube.support;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.rug.kube.model.Annotations;
import io.rug.kube.model.Quantities;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches pods through the API, as an outside observer: every node each pod was ever seen on (a pod
 * bound twice shows two), pods bound now, and the most CPU each queue ever held at once.
 */
public final class BindLedger implements AutoCloseable {
  private final Map<String, Set<String>> nodesByUid = new ConcurrentHashMap<>();
  private final Map<String, Pod> boundNow = new ConcurrentHashMap<>();
  private final Map<String, Long> liveCpu = new ConcurrentHashMap<>();
  private final Map<String, Long> maxCpu = new ConcurrentHashMap<>();
  private final AtomicInteger nodeChanges = new AtomicInteger();
  private final SharedIndexInformer<Pod> informer;

  public BindLedger(KubernetesClient client) {
    informer =
        client
            .pods()
            .inAnyNamespace()
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(Pod p) {
                    seen(p);
                  }

                  @Override
                  public void onUpdate(Pod old, Pod p) {
                    seen(p);
                  }

                  @Override
                  public void onDelete(Pod p, boolean unknown) {
                    gone(p);
                  }
                },
                0);
  }

  private synchronized void seen(Pod p) {
    String node = p.getSpec().getNodeName();
    if (node == null || node.isBlank()) return;
    Set<String> nodes =
        nodesByUid.computeIfAbsent(p.getMetadata().getUid(), k -> ConcurrentHashMap.newKeySet());
    if (nodes.add(node) && nodes.size() > 1) nodeChanges.incrementAndGet();
    if (boundNow.put(p.getMetadata().getUid(), p) == null) {
      String q = queue(p);
      long cpu = cpu(p);
      long now = liveCpu.merge(q, cpu, Long::sum);
      maxCpu.merge(q, now, Math::max);
    }
  }

  private synchronized void gone(Pod p) {
    if (boundNow.remove(p.getMetadata().getUid()) != null) {
      liveCpu.merge(queue(p), -cpu(p), Long::sum);
    }
  }

  private static String queue(Pod p) {
    var a = p.getMetadata().getAnnotations();
    return a == null ? "default" : a.getOrDefault(Annotations.VOLCANO_QUEUE, "default");
  }

  private static long cpu(Pod p) {
    return Quantities.cpuMilli(
        p.getSpec().getContainers().get(0).getResources().getRequests().get("cpu"));
  }

  /** Pods that were seen on more than one node: must stay 0. */
  public int rebound() {
    return nodeChanges.get();
  }

  public int boundCount() {
    return boundNow.size();
  }

  public boolean isBound(String uid) {
    return boundNow.containsKey(uid);
  }

  public Map<String, Pod> bound() {
    return Map.copyOf(boundNow);
  }

  /** The most millicores the queue's bound pods held at any one time. */
  public long maxCpuMilli(String queue) {
    return maxCpu.getOrDefault(queue, 0L);
  }

  @Override
  public void close() {
    informer.stop();
  }
}
