package io.rug.stack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageTagTest {

  @Test
  void acceptsVersionTagsAndDigests() {
    assertThat(WorkloadRules.hasPinnedTag("nvcr.io/nvidia/k8s/cuda-sample:vectoradd-cuda12.5.0"))
        .isTrue();
    assertThat(WorkloadRules.hasPinnedTag("registry.example.edu:5000/lab/app:1.2")).isTrue();
    assertThat(WorkloadRules.hasPinnedTag("busybox@sha256:abc123")).isTrue();
    assertThat(WorkloadRules.hasPinnedTag("busybox:latest@sha256:abc123")).isTrue();
  }

  @Test
  void rejectsMissingTagsAndLatest() {
    assertThat(WorkloadRules.hasPinnedTag("busybox")).isFalse();
    assertThat(WorkloadRules.hasPinnedTag("busybox:latest")).isFalse();
    assertThat(WorkloadRules.hasPinnedTag("busybox:")).isFalse();
    // the port of a registry is not a tag
    assertThat(WorkloadRules.hasPinnedTag("registry.example.edu:5000/lab/app")).isFalse();
  }
}
