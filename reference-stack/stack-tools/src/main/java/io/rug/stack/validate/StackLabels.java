package io.rug.stack.validate;

/** The labels and annotations of our own that the validator and the admission policies read. */
public final class StackLabels {
  private StackLabels() {}

  /** Marks a tenant namespace ({@code "true"}): quota, limit range, default deny, PSA required. */
  public static final String TENANT = "rug.io/tenant";

  /** Marks a namespace where the RDMA exception (IPC_LOCK) applies ({@code "true"}). */
  public static final String RDMA = "rug.io/rdma";

  /** The namespace's quota holds GPUs ({@code "true"}); see rug-gpu-needs-quota. */
  public static final String GPU_QUOTA = "rug.io/gpu-quota";

  /** Annotation on a workload outside tenant namespaces: rule ids it is exempt from. */
  public static final String POLICY_EXCEPTION = "rug.io/policy-exception";

  /** The ValidatingAdmissionPolicy that makes the RDMA exception safe. */
  public static final String RDMA_POLICY = "rug-rdma-ipc-lock-only";

  public static final String PSA_ENFORCE = "pod-security.kubernetes.io/enforce";
}
