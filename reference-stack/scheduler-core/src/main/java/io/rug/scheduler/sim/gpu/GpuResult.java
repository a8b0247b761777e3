package io.rug.scheduler.sim.gpu;

import java.util.Locale;

/** Outcome of one GPU simulation. */
public record GpuResult(
    String policy,
    int nodes,
    int gpus,
    int podsArrived,
    int podsScheduled,
    int podsFailed,
    int gpuPodsFailed,
    int fragmentationFailures,
    double gpuAllocationRatio,
    double arrivedGpuDemandRatio) {

  public String toJson() {
    return String.format(
        Locale.ROOT,
        "{\"policy\":\"%s\",\"nodes\":%d,\"gpus\":%d,\"podsArrived\":%d,\"podsScheduled\":%d,"
            + "\"podsFailed\":%d,\"gpuPodsFailed\":%d,\"fragmentationFailures\":%d,"
            + "\"gpuAllocationRatio\":%.6f,\"arrivedGpuDemandRatio\":%.6f}",
        policy,
        nodes,
        gpus,
        podsArrived,
        podsScheduled,
        podsFailed,
        gpuPodsFailed,
        fragmentationFailures,
        gpuAllocationRatio,
        arrivedGpuDemandRatio);
  }
}
