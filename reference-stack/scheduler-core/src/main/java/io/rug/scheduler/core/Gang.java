package io.rug.scheduler.core;

/**
 * Gang membership of a pod: all pods with the same {@code id} (within a queue's namespace) form one
 * gang, and at least {@code minMember} of them must be placed together in one cycle or none is.
 */
public record Gang(String id, int minMember) {
  public Gang {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("gang id is blank");
    if (minMember < 1) throw new IllegalArgumentException("gang minMember < 1: " + minMember);
  }
}
