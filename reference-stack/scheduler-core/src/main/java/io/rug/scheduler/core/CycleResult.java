package io.rug.scheduler.core;

import java.util.List;
import java.util.Map;

/**
 * Decisions of one scheduling cycle.
 *
 * @param bindings pods to bind now (gangs appear complete or not at all)
 * @param preemptions running pods to evict so that higher-priority/under-guarantee work can start
 * @param unschedulable pod id → reason a user can act on, for every pending pod not bound
 * @param gangs status of every gang that had pending members
 * @param reservations pods holding a backfill reservation, with node and expected start
 */
public record CycleResult(
    List<Binding> bindings,
    List<Preemption> preemptions,
    Map<String, String> unschedulable,
    List<GangStatus> gangs,
    List<Reservation> reservations) {

  public CycleResult {
    bindings = List.copyOf(bindings);
    preemptions = List.copyOf(preemptions);
    unschedulable = Map.copyOf(unschedulable);
    gangs = List.copyOf(gangs);
    reservations = List.copyOf(reservations);
  }

  /** A blocked job's reservation: backfilled pods never delay it. */
  public record Reservation(String groupKey, List<String> nodes, long expectedStartMillis) {
    public Reservation {
      nodes = List.copyOf(nodes);
    }
  }
}
