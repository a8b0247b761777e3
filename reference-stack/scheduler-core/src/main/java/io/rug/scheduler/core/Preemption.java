package io.rug.scheduler.core;

/**
 * Decision: evict running pod {@code victimPodId} from {@code node} so that {@code forPodId} (or
 * its gang) can start in a later cycle once the victim is gone. {@code reason} is for the event.
 */
public record Preemption(String victimPodId, String node, String forPodId, String reason) {}
