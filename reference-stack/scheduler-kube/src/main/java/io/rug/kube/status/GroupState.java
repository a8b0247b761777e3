package io.rug.kube.status;

/**
 * A PodGroup's status as the scheduler reports it.
 *
 * @param phase Pending (waiting for members), Inqueue (admitted, members being bound), Running (at
 *     least minMember bound), Unschedulable (does not fit now)
 * @param placed members bound to nodes (or being bound)
 * @param pending members still waiting
 * @param reason condition reason, e.g. "NotEnoughResources", "PartiallyBound"
 */
public record GroupState(
    String phase, int minMember, int placed, int pending, String reason, String message) {

  public static final String PENDING = "Pending";
  public static final String INQUEUE = "Inqueue";
  public static final String RUNNING = "Running";
  public static final String UNSCHEDULABLE = "Unschedulable";
}
