package io.rug.kube.informer;

import io.fabric8.kubernetes.api.model.Pod;
import io.rug.kube.model.PodGroupInfo;
import io.rug.scheduler.core.ClusterSnapshot;
import java.util.List;
import java.util.Map;

/**
 * What one cycle works on: the core's snapshot plus the Kubernetes objects behind it.
 *
 * @param pending pod id → the pending pod offered to the core
 * @param groups group key → valid PodGroup
 * @param groupRefs group key → the PodGroup object (for status and events)
 * @param groupOfPod pod id → group key, for pods in a gang (pending and placed)
 * @param problems objects skipped this cycle
 * @param skippedPods pod id → pending pod skipped because of a problem (for its condition)
 */
public record CycleInput(
    ClusterSnapshot snapshot,
    Map<String, Pod> pending,
    Map<String, PodGroupInfo> groups,
    Map<String, ObjectRef> groupRefs,
    Map<String, String> groupOfPod,
    List<Problem> problems,
    Map<String, Pod> skippedPods) {}
