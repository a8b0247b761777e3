package io.rug.stack.validate;

/** The rule ids {@code rug stack validate} reports; reference-stack/README.md documents each. */
public final class Rules {
  private Rules() {}

  public static final String UNKNOWN_KIND = "schema-unknown-kind";
  public static final String UNKNOWN_FIELD = "schema-unknown-field";
  public static final String WRONG_TYPE = "schema-type";
  public static final String REQUIRED = "schema-required";

  public static final String PRIVILEGED = "pod-privileged";
  public static final String HOST_NAMESPACES = "pod-host-namespaces";
  public static final String HOST_PORTS = "pod-host-ports";
  public static final String HOST_PATH = "pod-host-path";
  public static final String CAPABILITIES = "pod-capabilities";
  public static final String RESOURCES = "pod-resources";
  public static final String IMAGE_TAG = "image-tag";
  public static final String EXCEPTION_IN_TENANT = "policy-exception-in-tenant";

  public static final String TENANT_QUOTA = "tenant-quota";
  public static final String TENANT_LIMIT_RANGE = "tenant-limit-range";
  public static final String TENANT_DEFAULT_DENY = "tenant-default-deny";
  public static final String TENANT_PSA = "tenant-pod-security";
  public static final String TENANT_GPU_QUOTA = "tenant-gpu-quota";
  public static final String RDMA_EXCEPTION = "rdma-exception-policy";

  public static final String RBAC_WILDCARD = "rbac-wildcard";
  public static final String RBAC_CLUSTER_ADMIN = "rbac-cluster-admin";
  public static final String TENANT_CLUSTER_RIGHTS = "tenant-cluster-rights";
}
