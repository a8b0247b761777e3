package io.rug.kube.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  @Test
  void readsCpuInMillicores() {
    assertThat(Quantities.cpuMilli(new Quantity("500m"))).isEqualTo(500);
    assertThat(Quantities.cpuMilli(new Quantity("2"))).isEqualTo(2000);
    assertThat(Quantities.cpuMilli(new Quantity("0.25"))).isEqualTo(250);
  }

  @Test
  void readsMemoryInBytes() {
    assertThat(Quantities.bytes(new Quantity("4Gi"))).isEqualTo(4L << 30);
    assertThat(Quantities.bytes(new Quantity("1M"))).isEqualTo(1_000_000);
    assertThat(Quantities.bytes(new Quantity("1e3"))).isEqualTo(1000);
  }

  @Test
  void rejectsMalformedNegativeAndFractionalCounts() {
    assertThatThrownBy(() -> Quantities.cpuMilli(new Quantity("one"))).hasMessageContaining("one");
    assertThatThrownBy(() -> Quantities.bytes(new Quantity("lots"))).hasMessageContaining("lots");
    assertThatThrownBy(() -> Quantities.cpuMilli(new Quantity("-1")))
        .isInstanceOf(Quantities.MalformedQuantityException.class);
    assertThatThrownBy(() -> Quantities.count(new Quantity("1.5"))).hasMessageContaining("whole");
    assertThat(Quantities.count(new Quantity("2"))).isEqualTo(2);
  }
}
