package io.rug.kube.informer;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.rug.kube.model.Kinds;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
  private final List<SharedIndexInformer<?>> informers = new CopyOnWriteArrayList<>();
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

  /**
   * Starts all informers and waits until each has listed once. A failed list is retried with
   * backoff until {@code timeout}, then this throws (the process exits and is restarted); a custom
   * resource kind that is not installed (404) is logged and treated as empty.
   */
  public void start(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    // One informer for all non-terminal pods, as kube-scheduler has: pending ones of ours and
    // placed ones of anybody (free capacity). No server-side selector on schedulerName/nodeName:
    // PodFilter decides, in one place, on whatever the server sends.
    pods =
        started(
            () ->
                client
                    .pods()
                    .inAnyNamespace()
                    .withoutField("status.phase", "Succeeded")
                    .runnableInformer(RESYNC_MILLIS),
            "pods",
            deadline,
            false);
    nodes = started(() -> client.nodes().runnableInformer(RESYNC_MILLIS), "nodes", deadline, false);
    priorityClasses =
        started(
            () -> client.scheduling().v1().priorityClasses().runnableInformer(RESYNC_MILLIS),
            "priorityclasses",
            deadline,
            false);
    namespaces =
        started(
            () -> client.namespaces().runnableInformer(RESYNC_MILLIS),
            "namespaces",
            deadline,
            false);
    volcanoGroups =
        started(() -> generic(Kinds.VOLCANO_POD_GROUP), "Volcano podgroups", deadline, true);
    pluginGroups =
        started(
            () -> generic(Kinds.PLUGINS_POD_GROUP), "scheduler-plugins podgroups", deadline, true);
    queues = started(() -> generic(Kinds.VOLCANO_QUEUE), "Volcano queues", deadline, true);
  }

  private <T> SharedIndexInformer<T> started(
      Supplier<SharedIndexInformer<T>> make, String what, long deadline, boolean optional) {
    long backoff = 200;
    while (true) {
      SharedIndexInformer<T> i = add(make.get());
      try {
        long left = Math.max(1, deadline - System.nanoTime());
        i.start().toCompletableFuture().get(left, TimeUnit.NANOSECONDS);
        return i;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while listing " + what, e);
      } catch (ExecutionException | TimeoutException e) {
        i.stop();
        informers.remove(i);
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (optional && httpCode(e) == 404) {
          log.warn("{} are not served by this cluster (CRD not installed): treated as none", what);
          return null;
        }
        if (System.nanoTime() + backoff * 1_000_000 > deadline) {
          throw new IllegalStateException("cannot list " + what + ": " + cause, cause);
        }
        log.warn("listing {} failed, retrying in {} ms: {}", what, backoff, cause.toString());
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while listing " + what, ie);
        }
        backoff = Math.min(5_000, backoff * 2);
      }
    }
  }

  private static int httpCode(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof KubernetesClientException k && k.getCode() > 0) return k.getCode();
    }
    return 0;
  }

  /** False once an informer has stopped for good (the liveness probe then restarts us). */
  public boolean running() {
    return !informers.isEmpty() && informers.stream().allMatch(SharedIndexInformer::isRunning);
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
    return listOf(volcanoGroups);
  }

  public List<GenericKubernetesResource> pluginPodGroups() {
    return listOf(pluginGroups);
  }

  public List<GenericKubernetesResource> queues() {
    return listOf(queues);
  }

  private static <T> List<T> listOf(SharedIndexInformer<T> informer) {
    return informer == null ? List.of() : informer.getStore().list();
  }

  @Override
  public void close() {
    for (SharedIndexInformer<?> i : informers) i.stop();
    informers.clear();
  }
}
