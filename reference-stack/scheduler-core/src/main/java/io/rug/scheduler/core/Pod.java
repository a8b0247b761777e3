package io.rug.scheduler.core;

import java.util.Map;
import java.util.Objects;

/**
 * A pod (or batch job) waiting for or holding resources.
 *
 * @param id unique id, e.g. {@code namespace/name}
 * @param cpuMilli requested CPU
 * @param memoryBytes requested memory
 * @param gpu GPU demand ({@link GpuRequest#NONE} if none)
 * @param priority larger = more important (Kubernetes PriorityClass value)
 * @param queue leaf queue name
 * @param user owner for per-user fair share within a queue
 * @param gang gang membership or {@code null}
 * @param runtimeEstimateMillis user's runtime estimate (wall-clock limit), 0 = unknown
 * @param submittedAtMillis creation time, epoch milliseconds (orders FIFO within equal priority)
 * @param nodeSelector labels a node must carry (empty = any)
 */
public record Pod(
    String id,
    long cpuMilli,
    long memoryBytes,
    GpuRequest gpu,
    int priority,
    String queue,
    String user,
    Gang gang,
    long runtimeEstimateMillis,
    long submittedAtMillis,
    Map<String, String> nodeSelector) {

  public Pod {
    Objects.requireNonNull(id, "id");
    gpu = gpu == null ? GpuRequest.NONE : gpu;
    queue = queue == null || queue.isBlank() ? "default" : queue;
    user = user == null ? "" : user;
    nodeSelector = nodeSelector == null ? Map.of() : Map.copyOf(nodeSelector);
    if (cpuMilli < 0 || memoryBytes < 0 || runtimeEstimateMillis < 0) {
      throw new IllegalArgumentException("negative request in pod " + id);
    }
  }

  /** A plain pod in queue {@code default}: handy for tests and simulators. */
  public static Pod of(String id, long cpuMilli, long memoryBytes, GpuRequest gpu) {
    return new Pod(id, cpuMilli, memoryBytes, gpu, 0, "default", "", null, 0, 0, Map.of());
  }

  public Pod withGang(Gang g) {
    return new Pod(
        id,
        cpuMilli,
        memoryBytes,
        gpu,
        priority,
        queue,
        user,
        g,
        runtimeEstimateMillis,
        submittedAtMillis,
        nodeSelector);
  }

  public Pod withQueue(String q, String u, int prio) {
    return new Pod(
        id,
        cpuMilli,
        memoryBytes,
        gpu,
        prio,
        q,
        u,
        gang,
        runtimeEstimateMillis,
        submittedAtMillis,
        nodeSelector);
  }

  public Pod withTimes(long submittedAt, long estimateMillis) {
    return new Pod(
        id,
        cpuMilli,
        memoryBytes,
        gpu,
        priority,
        queue,
        user,
        gang,
        estimateMillis,
        submittedAt,
        nodeSelector);
  }

  /** The same pod under another id, e.g. a copy replayed by a simulator. */
  public Pod withId(String newId) {
    return new Pod(
        newId,
        cpuMilli,
        memoryBytes,
        gpu,
        priority,
        queue,
        user,
        gang,
        runtimeEstimateMillis,
        submittedAtMillis,
        nodeSelector);
  }

  /** The same pod with another GPU demand. */
  public Pod withGpu(GpuRequest newGpu) {
    return new Pod(
        id,
        cpuMilli,
        memoryBytes,
        newGpu,
        priority,
        queue,
        user,
        gang,
        runtimeEstimateMillis,
        submittedAtMillis,
        nodeSelector);
  }

  public Resources request() {
    return new Resources(cpuMilli, memoryBytes, gpu.totalMilli());
  }

  /** The key that groups gang members: queue plus gang id; the pod id itself when no gang. */
  public String groupKey() {
    return gang == null ? id : queue + "/" + gang.id();
  }
}
