package io.rug.kube.bind;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.rug.scheduler.core.Preemption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out preemptions through the Eviction API (policy/v1), so PodDisruptionBudgets are
 * honoured; a refused eviction is logged and the core decides again next cycle.
 */
public final class Evictor {
  private static final Logger log = LoggerFactory.getLogger(Evictor.class);
  private final KubernetesClient client;

  public Evictor(KubernetesClient client) {
    this.client = client;
  }

  public boolean evict(Preemption p) {
    String[] nsName = p.victimPodId().split("/", 2);
    try {
      boolean ok = client.pods().inNamespace(nsName[0]).withName(nsName[1]).evict();
      if (!ok) log.info("eviction of {} refused (disruption budget)", p.victimPodId());
      return ok;
    } catch (RuntimeException e) {
      log.warn("eviction of {} failed: {}", p.victimPodId(), e.toString());
      return false;
    }
  }
}
