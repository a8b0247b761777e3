package io.rug.kube.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.rug.scheduler.core.Resources;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodTranslatorTest {
  private final PodTranslator translator =
      new PodTranslator(name -> "research-high".equals(name) ? 5000 : null);

  @Test
  void sumsContainersTakesTheLargestInitContainerAndUsesLimitsWithoutRequests() {
    Pod p =
        base(Map.of())
            .editSpec()
            .addNewContainer()
            .withName("a")
            .withNewResources()
            .addToRequests("cpu", new Quantity("500m"))
            .addToRequests("memory", new Quantity("1Gi"))
            .endResources()
            .endContainer()
            .addNewContainer()
            .withName("b")
            .withNewResources()
            .addToLimits("cpu", new Quantity("1"))
            .addToLimits("nvidia.com/gpu", new Quantity("2"))
            .endResources()
            .endContainer()
            .addNewInitContainer()
            .withName("init")
            .withNewResources()
            .addToRequests("cpu", new Quantity("4"))
            .endResources()
            .endInitContainer()
            .endSpec()
            .build();
    var core = translator.translate(p, null);
    assertThat(core.cpuMilli()).isEqualTo(4000);
    assertThat(core.memoryBytes()).isEqualTo(1L << 30);
    assertThat(core.gpu().count()).isEqualTo(2);
    assertThat(core.id()).isEqualTo("lab/p");
    assertThat(core.queue()).isEqualTo("default");
  }

  @Test
  void takesQueueAndGangFromAVolcanoGroupAndPriorityFromItsClass() {
    var group =
        new PodGroupInfo(
            "lab",
            "mpi",
            PodGroupInfo.Flavour.VOLCANO,
            8,
            "physics",
            "research-high",
            Resources.ZERO,
            0);
    var core = translator.translate(withContainer(base(Map.of())), group);
    assertThat(core.queue()).isEqualTo("physics");
    assertThat(core.gang().id()).isEqualTo("lab/mpi");
    assertThat(core.gang().minMember()).isEqualTo(8);
    assertThat(core.priority()).isEqualTo(5000);
  }

  @Test
  void readsTheRuntimeEstimateAndFractionalGpuAnnotations() {
    var core =
        translator.translate(
            withContainer(
                base(
                    Map.of(
                        "rug.io/runtime-estimate",
                        "1h30m",
                        "rug.io/gpu-milli",
                        "250",
                        "rug.io/gpu-models",
                        "A100, H100"))),
            null);
    assertThat(core.runtimeEstimateMillis()).isEqualTo(5_400_000);
    assertThat(core.gpu().fractional()).isTrue();
    assertThat(core.gpu().milliPerGpu()).isEqualTo(250);
    assertThat(core.gpu().models()).containsExactlyInAnyOrder("A100", "H100");
  }

  @Test
  void fallsBackToActiveDeadlineSecondsForTheEstimate() {
    Pod p =
        withContainer(base(Map.of()))
            .edit()
            .editSpec()
            .withActiveDeadlineSeconds(600L)
            .endSpec()
            .build();
    assertThat(translator.translate(p, null).runtimeEstimateMillis()).isEqualTo(600_000);
  }

  @Test
  void rejectsABadGpuFraction() {
    assertThatThrownBy(
            () ->
                translator.translate(withContainer(base(Map.of("rug.io/gpu-milli", "1500"))), null))
        .hasMessageContaining("1..1000");
  }

  private static PodBuilder base(Map<String, String> ann) {
    return new PodBuilder()
        .withNewMetadata()
        .withNamespace("lab")
        .withName("p")
        .withAnnotations(ann)
        .withCreationTimestamp("2026-01-01T00:00:00Z")
        .endMetadata()
        .withNewSpec()
        .withSchedulerName("rug-scheduler")
        .endSpec();
  }

  private static Pod withContainer(PodBuilder b) {
    return b.editSpec()
        .addNewContainer()
        .withName("c")
        .withNewResources()
        .addToRequests("cpu", new Quantity("1"))
        .endResources()
        .endContainer()
        .endSpec()
        .build();
  }
}
