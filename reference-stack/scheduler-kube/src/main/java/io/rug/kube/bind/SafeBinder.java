package io.rug.kube.bind;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.rug.kube.bind.BindOutcome.Result;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds a pod at most once. Before binding it checks the cached pod (already on a node? replaced?).
 * After a 409, a 5xx or a timeout it reads the pod fresh from the API, because the failed call may
 * have landed: bound to our node means done, bound elsewhere means someone else placed it, still
 * unbound means retry with backoff. Permanent errors and exhausted retries leave the pod pending
 * for the next cycle.
 */
public final class SafeBinder {
  private static final Logger log = LoggerFactory.getLogger(SafeBinder.class);

  private final Binder binder;
  private final PodReader cached;
  private final PodReader fresh;
  private final RetryPolicy retry;

  public SafeBinder(Binder binder, PodReader cached, PodReader fresh, RetryPolicy retry) {
    this.binder = binder;
    this.cached = cached;
    this.fresh = fresh;
    this.retry = retry;
  }

  public BindOutcome bind(Pod pod, String node, Map<String, String> annotations) {
    String ns = pod.getMetadata().getNamespace();
    String name = pod.getMetadata().getName();
    String id = ns + "/" + name;
    BindOutcome known = judge(id, pod, cached.read(ns, name), node);
    if (known != null) return known;
    String last = "";
    for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
      try {
        binder.bind(pod, node, annotations);
        return new BindOutcome(id, Result.BOUND, node);
      } catch (KubernetesClientException e) {
        int code = e.getCode();
        last = "HTTP " + code + ": " + e.getMessage();
        if (code == 404) return new BindOutcome(id, Result.GONE, "pod not found");
        if (code != 409 && !RetryPolicy.retryable(code)) {
          return new BindOutcome(id, Result.FAILED, last);
        }
        try {
          BindOutcome after = judge(id, pod, fresh.read(ns, name), node);
          if (after != null) return after.result() == Result.GONE ? after : landed(after, node);
        } catch (KubernetesClientException readFailed) {
          last += "; re-read failed: HTTP " + readFailed.getCode();
        }
        log.debug("bind {} -> {} attempt {} failed: {}", id, node, attempt, last);
      }
      if (attempt < retry.maxAttempts() && !pause(retry.backoffMillis(attempt, jitter()))) break;
    }
    return new BindOutcome(id, Result.FAILED, last);
  }

  /** A verdict from the pod's current state, or null if it is still unbound (go on binding). */
  private static BindOutcome judge(String id, Pod want, Pod now, String node) {
    if (now == null) return new BindOutcome(id, Result.GONE, "pod deleted");
    String uid = want.getMetadata().getUid();
    if (uid != null && !uid.equals(now.getMetadata().getUid())) {
      return new BindOutcome(id, Result.GONE, "pod was replaced");
    }
    String on = now.getSpec() == null ? null : now.getSpec().getNodeName();
    if (on == null || on.isBlank()) return null;
    return new BindOutcome(id, Result.ALREADY_BOUND, on);
  }

  /** After a failed call, "already on our node" means our own earlier attempt landed. */
  private static BindOutcome landed(BindOutcome o, String node) {
    return node.equals(o.detail()) ? new BindOutcome(o.podId(), Result.BOUND, node) : o;
  }

  private static double jitter() {
    return ThreadLocalRandom.current().nextDouble();
  }

  private static boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
