package io.rug.scheduler.core;

import java.util.BitSet;
import java.util.List;

/** Nodes held by one kind of reservation in a cycle, and when the earliest of them starts. */
final class Reserved {
  private final BitSet nodes = new BitSet();
  private long earliestStart = Long.MAX_VALUE;

  void add(List<Integer> reservedNodes, long startMillis) {
    reservedNodes.forEach(nodes::set);
    earliestStart = Math.min(earliestStart, startMillis);
  }

  /**
   * The nodes a job ending at {@code endMillis} must keep off: none if it ends before every
   * reservation here starts ({@code Long.MAX_VALUE}: it never counts as ending in time).
   */
  BitSet forbiddenFor(long endMillis) {
    return nodes.isEmpty() || endMillis <= earliestStart ? null : nodes;
  }

  /** The union of what two kinds of reservation forbid; {@code null} when neither forbids any. */
  static BitSet forbidden(BitSet a, BitSet b) {
    if (a == null) return b;
    if (b == null) return a;
    BitSet both = (BitSet) a.clone();
    both.or(b);
    return both;
  }
}
