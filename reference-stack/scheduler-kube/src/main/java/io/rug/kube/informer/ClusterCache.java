package io.rug.kube.informer;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.rug.kube.model.Kinds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Informers over everything a cycle reads. State is rebuilt from the API on every start (the
 * scheduler keeps nothing on disk). Custom resource kinds whose CRD is not installed are logged and
 * treated as empty.
 */
public final class ClusterCache implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ClusterCache.class);
  private static final long RESYNC_MILLIS = 0;

  private final KubernetesClient client;
  private final PodFilter filter;
  private final Runnable onChange;
  private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
  private SharedIndexInformer<Pod> pods;
  private SharedIndexInformer<Node> nodes;
  private SharedIndexInformer<PriorityClass> priorityClasses;
  private SharedIndexInformer<Namespace> namespaces;
  private SharedIndexInformer<GenericKubernetesResource> volcanoGroups;
  private SharedIndexInformer<GenericKubernetesResource> pluginGroups;
  private SharedIndexInformer<GenericKubernetesResource> queues;

  public ClusterCache(KubernetesClient client, PodFilter filter, Runnable onChange) {
    this.client = client;
    this.filter = filter;
    this.onChange = onChange;
  }

  /** Starts all informers and waits until each has listed once (or its kind is absent). */
  public void start(Duration timeout) {
    // One informer for all non-terminal pods, as kube-scheduler has: pending ones of ours and
    // placed ones of anybody (free capacity). No server-side selector on schedulerName/nodeName:
    // PodFilter decides, in one place, on whatever the server sends.
    pods =
        add(
            client
                .pods()
                .inAnyNamespace()
                .withoutField("status.phase", "Succeeded")
                .runnableInformer(RESYNC_MILLIS));
    nodes = add(client.nodes().runnableInformer(RESYNC_MILLIS));
    priorityClasses =
        add(client.scheduling().v1().priorityClasses().runnableInformer(RESYNC_MILLIS));
    namespaces = add(client.namespaces().runnableInformer(RESYNC_MILLIS));
    volcanoGroups = add(generic(Kinds.VOLCANO_POD_GROUP));
    pluginGroups = add(generic(Kinds.PLUGINS_POD_GROUP));
    queues = add(generic(Kinds.VOLCANO_QUEUE));
    long deadline = System.nanoTime() + timeout.toNanos();
    for (SharedIndexInformer<?> i : informers) {
      try {
        long left = Math.max(1, deadline - System.nanoTime());
        i.start().toCompletableFuture().get(left, TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        log.warn(
            "informer for {} did not start: {}", i.getApiTypeClass().getSimpleName(), e.toString());
      }
    }
  }

  private SharedIndexInformer<GenericKubernetesResource> generic(ResourceDefinitionContext ctx) {
    var op = client.genericKubernetesResources(ctx);
    return ctx.isNamespaceScoped()
        ? op.inAnyNamespace().runnableInformer(RESYNC_MILLIS)
        : op.runnableInformer(RESYNC_MILLIS);
  }

  private <T> SharedIndexInformer<T> add(SharedIndexInformer<T> informer) {
    informer.addEventHandler(
        new ResourceEventHandler<T>() {
          @Override
          public void onAdd(T obj) {
            onChange.run();
          }

          @Override
          public void onUpdate(T oldObj, T newObj) {
            onChange.run();
          }

          @Override
          public void onDelete(T obj, boolean deletedFinalStateUnknown) {
            onChange.run();
          }
        });
    informers.add(informer);
    return informer;
  }

  /** True once the pod and node informers have listed (the minimum for a safe cycle). */
  public boolean synced() {
    return pods != null && pods.hasSynced() && nodes.hasSynced();
  }

  public List<Pod> pendingPods() {
    return pods.getStore().list().stream().filter(filter::isOursToSchedule).toList();
  }

  public List<Pod> placedPods() {
    return pods.getStore().list().stream().filter(PodFilter::holdsCapacity).toList();
  }

  /** The cached copy of a pod, or null. */
  public Pod pod(String namespace, String name) {
    return pods.getStore().getByKey(namespace + "/" + name);
  }

  public List<Node> nodes() {
    return nodes.getStore().list();
  }

  public Map<String, String> namespaceLabels(String namespace) {
    Namespace ns = namespaces.getStore().getByKey(namespace);
    return ns == null || ns.getMetadata().getLabels() == null
        ? Map.of()
        : ns.getMetadata().getLabels();
  }

  public Integer priorityOfClass(String name) {
    PriorityClass pc = priorityClasses.getStore().getByKey(name);
    return pc == null ? null : pc.getValue();
  }

  public List<GenericKubernetesResource> volcanoPodGroups() {
    return volcanoGroups.getStore().list();
  }

  public List<GenericKubernetesResource> pluginPodGroups() {
    return pluginGroups.getStore().list();
  }

  public List<GenericKubernetesResource> queues() {
    return queues.getStore().list();
  }

  @Override
  public void close() {
    for (SharedIndexInformer<?> i : informers) i.stop();
    informers.clear();
  }
}
