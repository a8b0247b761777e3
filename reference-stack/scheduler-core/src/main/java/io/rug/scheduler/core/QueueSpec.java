package io.rug.scheduler.core;

/**
 * A hierarchical queue, as Volcano's Queue. {@code parent} is {@code null} for a top-level queue.
 * Sibling queues share their parent's resources in proportion to {@code weight} (dominant resource
 * fairness); {@code capability} caps what the queue's subtree may use; {@code guarantee} is what it
 * may reclaim from queues above their share, if those are {@code reclaimable}.
 */
public record QueueSpec(
    String name,
    String parent,
    double weight,
    Resources capability,
    Resources guarantee,
    boolean reclaimable) {

  public QueueSpec {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("queue name is blank");
    if (!(weight > 0)) throw new IllegalArgumentException("queue " + name + ": weight must be > 0");
    capability = capability == null ? Resources.UNLIMITED : capability;
    guarantee = guarantee == null ? Resources.ZERO : guarantee;
  }

  public static QueueSpec of(String name, double weight) {
    return new QueueSpec(name, null, weight, Resources.UNLIMITED, Resources.ZERO, true);
  }
}
