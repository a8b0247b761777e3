package io.rug.kube.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.rug.scheduler.core.QueueSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParsersTest {
  @Test
  void readsAVolcanoPodGroupWithDefaults() {
    Parsed<PodGroupInfo> p =
        PodGroupParser.parse(obj("ns", "g", Map.of("minMember", 4)), PodGroupInfo.Flavour.VOLCANO);
    assertThat(p.isOk()).isTrue();
    assertThat(p.value().minMember()).isEqualTo(4);
    assertThat(p.value().queue()).isEqualTo("default");
    assertThat(p.value().key()).isEqualTo("ns/g");
  }

  @Test
  void rejectsMinMemberZeroAndMalformedMinResources() {
    assertThat(
            PodGroupParser.parse(
                    obj("ns", "g", Map.of("minMember", 0)), PodGroupInfo.Flavour.VOLCANO)
                .problem())
        .contains("minMember");
    assertThat(
            PodGroupParser.parse(
                    obj("ns", "g", Map.of("minMember", 1, "minResources", Map.of("cpu", "many"))),
                    PodGroupInfo.Flavour.PLUGINS)
                .problem())
        .contains("many");
  }

  @Test
  void readsSchedulerPluginsTimeout() {
    var p =
        PodGroupParser.parse(
            obj("ns", "g", Map.of("minMember", 3, "scheduleTimeoutSeconds", 10)),
            PodGroupInfo.Flavour.PLUGINS);
    assertThat(p.value().scheduleTimeoutSeconds()).isEqualTo(10);
  }

  @Test
  void readsAQueueWhoseCapabilityNamesOnlySomeResources() {
    Parsed<QueueSpec> q =
        QueueParser.parse(
            obj(
                null,
                "lhc",
                Map.of(
                    "weight",
                    2,
                    "parent",
                    "physics",
                    "capability",
                    Map.of("cpu", 100),
                    "guarantee",
                    Map.of("resource", Map.of("memory", "1Gi")))));
    assertThat(q.isOk()).isTrue();
    assertThat(q.value().weight()).isEqualTo(2);
    assertThat(q.value().parent()).isEqualTo("physics");
    assertThat(q.value().capability().cpuMilli()).isEqualTo(100_000);
    assertThat(q.value().capability().memoryBytes()).isEqualTo(Long.MAX_VALUE);
    assertThat(q.value().guarantee().memoryBytes()).isEqualTo(1L << 30);
  }

  @Test
  void treatsVolcanosRootQueueAsNoParentAndRejectsZeroWeight() {
    assertThat(QueueParser.parse(obj(null, "a", Map.of("parent", "root"))).value().parent())
        .isNull();
    assertThat(QueueParser.parse(obj(null, "a", Map.of("weight", 0))).problem()).contains("weight");
  }

  private static GenericKubernetesResource obj(String ns, String name, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder()
        .withNewMetadata()
        .withNamespace(ns)
        .withName(name)
        .endMetadata()
        .addToAdditionalProperties("spec", spec)
        .build();
  }
}
