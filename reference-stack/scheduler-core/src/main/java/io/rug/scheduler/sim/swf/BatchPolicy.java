package io.rug.scheduler.sim.swf;

import java.util.List;

/**
 * Chooses which waiting jobs start now on one pool of identical processors. {@code queue} is in
 * queue order (submit, id); {@code running} lists running jobs with their estimated ends. Both are
 * read-only views, valid only during the call.
 */
public interface BatchPolicy {
  String name();

  List<SwfJob> select(long now, int free, List<Running> running, List<Waiting> queue);

  /** Called when a started job ends at {@code end} (before the next {@link #select}). */
  default void finished(SwfJob job, long start, long end) {}

  /** A running job: started at {@code start}, expected to end at start + estimate. */
  record Running(SwfJob job, long start) {
    public long estimatedEnd() {
      return start + job.estimate();
    }
  }

  /** A waiting job. */
  record Waiting(SwfJob job) {}

  static BatchPolicy named(String name) {
    return switch (name) {
      case "fcfs" -> new FcfsPolicy();
      case "easy" -> new EasyPolicy();
      case "conservative" -> new ConservativePolicy();
      case "default" -> new DefaultBatchPolicy();
      default ->
          throw new IllegalArgumentException(
              "unknown policy '" + name + "' (fcfs, easy, conservative, default)");
    };
  }
}
