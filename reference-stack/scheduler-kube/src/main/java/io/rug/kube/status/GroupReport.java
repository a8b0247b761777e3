package io.rug.kube.status;

import io.rug.kube.informer.CycleInput;
import io.rug.kube.informer.ObjectRef;
import io.rug.kube.model.PodGroupInfo;
import io.rug.scheduler.core.CycleResult;
import io.rug.scheduler.core.GangStatus;
import io.rug.scheduler.core.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives every PodGroup's phase after a cycle and writes it (unchanged ones are skipped). A gang
 * left partly bound because some bindings failed is reported as Inqueue/PartiallyBound with the
 * failures named, plus a Warning event; its remaining members are retried in the next cycle, where
 * the core counts the bound ones towards minMember.
 */
final class GroupReport {
  private final CycleInput in;
  private final CycleResult result;
  private final Set<String> decidedNow;
  private final Map<String, String> failedNow;
  private final StatusWriter status;
  private final EventRecorder events;

  GroupReport(
      CycleInput in,
      CycleResult result,
      Set<String> decidedNow,
      Map<String, String> failedNow,
      StatusWriter status,
      EventRecorder events) {
    this.in = in;
    this.result = result;
    this.decidedNow = decidedNow;
    this.failedNow = failedNow;
    this.status = status;
    this.events = events;
  }

  /** One status write (and maybe an event) per PodGroup, to be run by the caller. */
  List<Runnable> writes() {
    List<Runnable> writes = new ArrayList<>();
    Map<String, int[]> counts = new HashMap<>(); // group → {placed, decided now, pending}
    for (Placement p : in.snapshot().running()) {
      String g = in.groupOfPod().get(p.pod().id());
      if (g != null) counts.computeIfAbsent(g, k -> new int[3])[0]++;
    }
    for (String podId : in.pending().keySet()) {
      String g = in.groupOfPod().get(podId);
      if (g == null) continue;
      counts.computeIfAbsent(g, k -> new int[3])[decidedNow.contains(podId) ? 1 : 2]++;
    }
    Map<String, GangStatus> gangs = new HashMap<>();
    Map<String, String> gangOfGroupKey = new HashMap<>();
    for (var pod : in.snapshot().pending()) {
      if (pod.gang() != null) gangOfGroupKey.put(pod.groupKey(), pod.gang().id());
    }
    for (GangStatus g : result.gangs()) {
      String key = gangOfGroupKey.getOrDefault(g.gangKey(), g.gangKey());
      gangs.put(key, g);
    }
    Map<String, StringBuilder> failures = new HashMap<>();
    for (var f : failedNow.entrySet()) {
      String g = in.groupOfPod().get(f.getKey());
      if (g != null) {
        failures
            .computeIfAbsent(g, k -> new StringBuilder())
            .append(f.getKey())
            .append(" (")
            .append(f.getValue())
            .append(") ");
      }
    }
    Map<String, Long> oldest = new HashMap<>();
    for (var pod : in.snapshot().pending()) {
      String g = in.groupOfPod().get(pod.id());
      if (g != null && pod.submittedAtMillis() > 0) {
        oldest.merge(g, pod.submittedAtMillis(), Math::min);
      }
    }
    long now = in.snapshot().nowMillis();
    for (var e : in.groups().entrySet()) {
      String key = e.getKey();
      PodGroupInfo g = e.getValue();
      int[] c = counts.getOrDefault(key, new int[3]);
      long waited = oldest.containsKey(key) ? now - oldest.get(key) : 0;
      GroupState s = state(g, c[0], c[1], c[2], gangs.get(key), failures.get(key), waited);
      ObjectRef ref = in.groupRefs().get(key);
      if (ref == null) continue;
      writes.add(
          () -> {
            if (status.podGroup(ref, g.flavour(), s) && "PartiallyBound".equals(s.reason())) {
              events.record(ref, true, s.reason(), s.message());
            }
          });
    }
    return writes;
  }

  /**
   * @param placed members bound or being bound by earlier cycles
   * @param decided members this cycle decided to bind
   * @param pending members still waiting (not decided)
   * @param failed failed bindings reported this cycle, or null
   */
  static GroupState state(
      PodGroupInfo g,
      int placed,
      int decided,
      int pending,
      GangStatus gang,
      CharSequence failed,
      long waitedMillis) {
    int min = g.minMember();
    if (placed >= min) {
      return new GroupState(
          GroupState.RUNNING,
          min,
          placed,
          pending,
          "Scheduled",
          placed + " members bound (minMember " + min + ")");
    }
    if (placed > 0 && failed != null) {
      return new GroupState(
          GroupState.INQUEUE,
          min,
          placed,
          pending + decided,
          "PartiallyBound",
          placed
              + "/"
              + min
              + " members bound; binding failed for "
              + failed.toString().strip()
              + "; remaining members are retried");
    }
    if (placed + decided >= min) {
      return new GroupState(
          GroupState.INQUEUE,
          min,
          placed,
          pending + decided,
          "Binding",
          "admitted: binding " + (placed + decided) + " members (minMember " + min + ")");
    }
    if (placed > 0) {
      return new GroupState(
          GroupState.INQUEUE,
          min,
          placed,
          pending + decided,
          "PartiallyBound",
          placed + "/" + min + " members bound; remaining members are retried");
    }
    if (pending < min) {
      return new GroupState(
          GroupState.PENDING,
          min,
          placed,
          pending,
          "NotEnoughPods",
          pending + "/" + min + " member pods exist; waiting for the rest");
    }
    long timeout = g.scheduleTimeoutSeconds();
    if (timeout > 0 && waitedMillis > timeout * 1000) {
      String why = gang == null || gang.message() == null ? "" : ": " + gang.message();
      return new GroupState(
          GroupState.UNSCHEDULABLE,
          min,
          placed,
          pending,
          "Timeout",
          "waited "
              + waitedMillis / 1000
              + "s, longer than scheduleTimeoutSeconds "
              + timeout
              + why);
    }
    if (gang != null && gang.state() != GangStatus.State.SCHEDULED) {
      String reason = gang.state() == GangStatus.State.TIMED_OUT ? "Timeout" : "NotEnoughResources";
      return new GroupState(GroupState.UNSCHEDULABLE, min, placed, pending, reason, gang.message());
    }
    return new GroupState(GroupState.PENDING, min, placed, pending, null, null);
  }
}
