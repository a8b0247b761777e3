package io.rug.kube.informer;

import io.rug.scheduler.core.Placement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pods this scheduler has bound but the informers have not yet shown as placed (like
 * kube-scheduler's assume cache). Until the watch catches up they count as placed: their capacity
 * is taken and they are never offered to the core again, so a pod cannot be bound twice because of
 * informer lag.
 */
public final class AssumedPods {
  private record Entry(String uid, Placement placement, long atMillis) {}

  private final Map<String, Entry> byId = new ConcurrentHashMap<>();
  private final long ttlMillis;

  public AssumedPods(long ttlMillis) {
    this.ttlMillis = ttlMillis;
  }

  public void assume(String podId, String uid, Placement placement, long nowMillis) {
    byId.put(podId, new Entry(uid, placement, nowMillis));
  }

  public void forget(String podId) {
    byId.remove(podId);
  }

  public boolean contains(String podId) {
    return byId.containsKey(podId);
  }

  public Collection<Placement> placements() {
    return byId.values().stream().map(Entry::placement).toList();
  }

  /**
   * Drops entries the informers have caught up with: the pod shows as placed, or it is no longer
   * pending (deleted) and the entry is older than the TTL.
   */
  public void expire(
      java.util.Set<String> placedIds, java.util.Set<String> pendingIds, long nowMillis) {
    for (var it = byId.entrySet().iterator(); it.hasNext(); ) {
      var e = it.next();
      String id = e.getKey();
      boolean stale = nowMillis - e.getValue().atMillis() > ttlMillis;
      if (placedIds.contains(id) || (stale && !pendingIds.contains(id))) it.remove();
    }
  }

  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }
}
