package io.rug.kube.model;

/** The labels and annotations the scheduler reads and writes on pods. */
public final class Annotations {
  private Annotations() {}

  /** Volcano: the PodGroup (same namespace) a pod belongs to. */
  public static final String VOLCANO_GROUP = "scheduling.k8s.io/group-name";

  /** Volcano: the queue of a pod without a PodGroup. */
  public static final String VOLCANO_QUEUE = "scheduling.volcano.sh/queue-name";

  /** scheduler-plugins (coscheduling): the PodGroup label. */
  public static final String PLUGINS_GROUP_LABEL = "scheduling.x-k8s.io/pod-group";

  /**
   * Ours: the user's wall-clock estimate, a Go-style duration ("2h", "90m", "1h30m", "45s"). Used
   * for backfill; falls back to {@code spec.activeDeadlineSeconds} when absent.
   */
  public static final String RUNTIME_ESTIMATE = "rug.io/runtime-estimate";

  /** Ours: a fraction of one GPU in milli-GPUs ("500" = half a GPU), for GPU-sharing pods. */
  public static final String GPU_MILLI = "rug.io/gpu-milli";

  /** Ours: acceptable GPU models, comma separated ("A100,H100"); empty = any. */
  public static final String GPU_MODELS = "rug.io/gpu-models";

  /** Ours, written at binding: the node GPU indices the pod was given ("0,1"). */
  public static final String GPU_INDICES = "rug.io/gpu-indices";

  /** The node label carrying the GPU model (NVIDIA GPU feature discovery). */
  public static final String GPU_PRODUCT_LABEL = "nvidia.com/gpu.product";

  /** The extended resource name of NVIDIA GPUs. */
  public static final String GPU_RESOURCE = "nvidia.com/gpu";
}
