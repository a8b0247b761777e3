package io.rug.scheduler.sim.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rug.scheduler.core.Binding;
import io.rug.scheduler.core.GpuRequest;
import io.rug.scheduler.core.Node;
import io.rug.scheduler.core.OnlinePlacer;
import io.rug.scheduler.core.Pod;
import io.rug.scheduler.core.Policy;
import io.rug.scheduler.sim.swf.TraceFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpuSimulatorTest {
  static final long GIB = 1L << 30;
  static final List<Node> NODES =
      List.of(Node.of("n0", 8000, 16 * GIB, 2, "V100"), Node.of("n1", 8000, 16 * GIB, 1, "V100"));

  static List<Binding> placeAll(Policy.GpuScoring s, Pod... pods) {
    OnlinePlacer p = new OnlinePlacer(NODES, s);
    return java.util.Arrays.stream(pods).map(x -> p.place(x).orElseThrow()).toList();
  }

  static Pod frac(String id, int milli) {
    return Pod.of(id, 1000, GIB, GpuRequest.fraction(milli));
  }

  @Test
  void firstFitTakesTheFirstNodeAndLowestGpus() {
    List<Binding> b =
        placeAll(
            Policy.GpuScoring.FIRST_FIT,
            frac("a", 500),
            frac("b", 600),
            Pod.of("c", 1000, GIB, GpuRequest.whole(1)));
    assertThat(b)
        .containsExactly(
            new Binding("a", "n0", List.of(0)),
            new Binding("b", "n0", List.of(1)),
            new Binding("c", "n1", List.of(0)));
  }

  @Test
  void bestFitMinimisesFreeGpuAfterPlacementAndTakesTheTightestGpu() {
    List<Binding> b =
        placeAll(
            Policy.GpuScoring.BEST_FIT,
            frac("a", 500),
            frac("b", 600),
            Pod.of("c", 1000, GIB, GpuRequest.whole(1)));
    assertThat(b)
        .containsExactly(
            new Binding("a", "n1", List.of(0)),
            new Binding("b", "n0", List.of(0)),
            new Binding("c", "n0", List.of(1)));
  }

  @Test
  void replaysTheListUntilTheLoadAndCountsFragmentationFailures() {
    List<Node> one = List.of(Node.of("n", 64_000, 64 * GIB, 2, "V100"));
    List<Pod> pods = List.of(frac("a", 400), frac("b", 700), frac("c", 800));
    GpuResult r = new GpuSimulator().run(new GpuWorkload(one, pods), "first-fit", 1.0);
    // a -> GPU0 (600 left), b -> GPU1 (300 left), c fails although 900 are free, a#1 -> GPU0
    assertThat(r.podsArrived()).isEqualTo(4);
    assertThat(r.podsScheduled()).isEqualTo(3);
    assertThat(r.gpuPodsFailed()).isEqualTo(1);
    assertThat(r.fragmentationFailures()).isEqualTo(1);
    assertThat(r.gpuAllocationRatio()).isEqualTo(0.75);
    assertThat(r.arrivedGpuDemandRatio()).isEqualTo(1.15);
    assertThat(r.toJson())
        .contains(
            "\"policy\":\"first-fit\"",
            "\"nodes\":1",
            "\"gpus\":2",
            "\"podsArrived\":4",
            "\"podsScheduled\":3",
            "\"podsFailed\":1",
            "\"gpuPodsFailed\":1",
            "\"fragmentationFailures\":1",
            "\"gpuAllocationRatio\":0.75",
            "\"arrivedGpuDemandRatio\":1.15");
  }

  @Test
  void readsOpenbCsvsSortingPodsByCreationTimeThenName(@TempDir Path dir) throws Exception {
    Path nodes =
        Files.writeString(
            dir.resolve("n.csv"),
            "sn,cpu_milli,memory_mib,gpu,model\nx,32000,1024,2,G2\ny,32000,1024,0,\n");
    Path pods =
        Files.writeString(
            dir.resolve("p.csv"),
            "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time\n"
                + "b,1000,512,1,500,G2|G2|T4,LS,Running,5\n"
                + "a,1000,512,0,0,,LS,Running,5\n"
                + "c,1000,512,2,1000\n");
    OpenbCsv csv = new OpenbCsv();
    assertThat(csv.nodes(nodes)).extracting(Node::gpuModel).containsExactly("G2", "");
    List<Pod> p = csv.pods(pods);
    assertThat(p).extracting(Pod::id).containsExactly("c", "a", "b");
    assertThat(p.get(2).gpu().models()).containsExactlyInAnyOrder("G2", "T4");
    assertThat(p.get(0).memoryBytes()).isEqualTo(512L << 20);
  }

  @Test
  void readsPodListsWhoseHeaderEndsAfterGpuMilli(@TempDir Path dir) throws Exception {
    // the openb multigpu lists have no gpu_spec, creation_time or later columns at all
    Path pods =
        Files.writeString(
            dir.resolve("p.csv"),
            "name,cpu_milli,memory_mib,num_gpu,gpu_milli\nb,1000,512,1,460\na,2000,512,2,1000\n");
    List<Pod> p = new OpenbCsv().pods(pods);
    assertThat(p).extracting(Pod::id).containsExactly("a", "b");
    assertThat(p.get(1).gpu().models()).isEmpty();
    assertThat(p.get(1).gpu().milliPerGpu()).isEqualTo(460);
  }

  @Test
  void reportsAMissingRequiredColumn(@TempDir Path dir) throws Exception {
    Path pods =
        Files.writeString(dir.resolve("p.csv"), "name,cpu_milli,num_gpu,gpu_milli\nx,1,0,0\n");
    assertThatThrownBy(() -> new OpenbCsv().pods(pods))
        .isInstanceOf(TraceFormatException.class)
        .hasMessageContaining(":2: missing column 'memory_mib' in header");
  }

  @Test
  void reportsTheLineOfABadCsvRow(@TempDir Path dir) throws Exception {
    Path nodes =
        Files.writeString(
            dir.resolve("n.csv"),
            "sn,cpu_milli,memory_mib,gpu,model\nx,32000,1024,2,G2\ny,lots,1024,0,\n");
    assertThatThrownBy(() -> new OpenbCsv().nodes(nodes))
        .isInstanceOf(TraceFormatException.class)
        .hasMessage(nodes + ":3: cpu_milli is not a number: 'lots'");
  }
}
