package io.rug.scheduler.core;

/**
 * Per-gang outcome of a cycle: how many members are {@code running} already, how many of the
 * pending ones this cycle {@code bound}, and how many could be {@code placeable} in total.
 */
public record GangStatus(
    String gangKey,
    int minMember,
    int running,
    int bound,
    int placeable,
    State state,
    String message) {

  public enum State {
    /** minMember reached (now or before). */
    SCHEDULED,
    /** Not enough room yet; nothing of the gang was bound. */
    WAITING,
    /** Waited longer than the policy's gang timeout; the owner should fail or shrink the job. */
    TIMED_OUT
  }
}
