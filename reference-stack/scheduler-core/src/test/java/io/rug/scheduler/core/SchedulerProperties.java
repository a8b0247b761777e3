package io.rug.scheduler.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SchedulerProperties {
  static final long GIB = 1L << 30;

  record Case(List<Node> nodes, List<Pod> pending, String policy) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Node> node =
        Combinators.combine(
                Arbitraries.integers().between(1, 16),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of("A100", "T4"),
                Arbitraries.integers().between(0, 2))
            .as(
                (cores, gpus, model, rack) ->
                    new Node(
                        "n",
                        cores * 1000L,
                        cores * 4 * GIB,
                        gpus,
                        gpus == 0 ? "" : model,
                        Map.of(Node.RACK_LABEL, "r" + rack),
                        true));
    Arbitrary<GpuRequest> gpu =
        Arbitraries.oneOf(
            Arbitraries.just(GpuRequest.NONE),
            Arbitraries.integers().between(1, 4).map(GpuRequest::whole),
            Arbitraries.integers().between(100, 900).map(GpuRequest::fraction),
            Arbitraries.just(new GpuRequest(1, 1000, Set.of("T4"))));
    Arbitrary<Pod> pod =
        Combinators.combine(
                Arbitraries.integers().between(1, 8),
                gpu,
                Arbitraries.integers().between(-1, 3),
                Arbitraries.of(0, 100),
                Arbitraries.of("qa", "qb"))
            .as(
                (cores, g, gang, prio, queue) -> {
                  Pod p =
                      Pod.of("p", cores * 1000L, cores * 2 * GIB, g).withQueue(queue, "u", prio);
                  return gang < 0 ? p : p.withGang(new Gang("g" + gang, 2));
                });
    return Combinators.combine(
            node.list().ofMinSize(1).ofMaxSize(8),
            pod.list().ofMaxSize(25),
            Arbitraries.of("default", "fcfs", "conservative"))
        .as((nodes, pods, policy) -> new Case(named(nodes), numbered(pods), policy));
  }

  static List<Node> named(List<Node> nodes) {
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      out.add(
          new Node(
              "n" + i,
              n.cpuMilli(),
              n.memoryBytes(),
              n.gpuCount(),
              n.gpuModel(),
              n.labels(),
              true));
    }
    return out;
  }

  static List<Pod> numbered(List<Pod> pods) {
    List<Pod> out = new ArrayList<>();
    for (int i = 0; i < pods.size(); i++) {
      Pod p = pods.get(i);
      out.add(
          new Pod(
              "p" + i,
              p.cpuMilli(),
              p.memoryBytes(),
              p.gpu(),
              p.priority(),
              p.queue(),
              p.user(),
              p.gang(),
              1000L * (i + 1),
              i,
              Map.of()));
    }
    return out;
  }

  static CycleResult run(Case c) {
    List<QueueSpec> queues = List.of(QueueSpec.of("qa", 2), QueueSpec.of("qb", 1));
    return new Scheduler(Policy.named(c.policy()))
        .schedule(new ClusterSnapshot(0, c.nodes(), List.of(), c.pending(), queues));
  }

  @Property(tries = 300)
  void neverOverAllocatesAnyNodeOrGpu(@ForAll("cases") Case c) {
    CycleResult r = run(c);
    Map<String, Pod> pods = new HashMap<>();
    c.pending().forEach(p -> pods.put(p.id(), p));
    for (Node n : c.nodes()) {
      long cpu = 0, mem = 0;
      int[] gpu = new int[n.gpuCount()];
      for (Binding b : r.bindings()) {
        if (!b.node().equals(n.name())) continue;
        Pod p = pods.get(b.podId());
        cpu += p.cpuMilli();
        mem += p.memoryBytes();
        assertThat(b.gpuIndices()).hasSize(p.gpu().count());
        for (int g : b.gpuIndices()) gpu[g] += p.gpu().milliPerGpu();
        if (p.gpu().count() > 0) assertThat(p.gpu().accepts(n.gpuModel())).isTrue();
      }
      assertThat(cpu).isLessThanOrEqualTo(n.cpuMilli());
      assertThat(mem).isLessThanOrEqualTo(n.memoryBytes());
      for (int used : gpu) assertThat(used).isLessThanOrEqualTo(1000);
    }
  }

  @Property(tries = 300)
  void gangsAreBoundAllOrNothing(@ForAll("cases") Case c) {
    CycleResult r = run(c);
    Map<String, Integer> boundPerGang = new HashMap<>();
    Set<String> bound = new java.util.HashSet<>();
    r.bindings().forEach(b -> bound.add(b.podId()));
    for (Pod p : c.pending()) {
      if (p.gang() != null)
        boundPerGang.merge(p.groupKey(), bound.contains(p.id()) ? 1 : 0, Integer::sum);
    }
    boundPerGang.forEach(
        (gang, n) ->
            assertThat(n)
                .as(gang)
                .satisfiesAnyOf(
                    x -> assertThat(x).isZero(), x -> assertThat(x).isGreaterThanOrEqualTo(2)));
  }

  @Property(tries = 200)
  void isDeterministicAndExplainsEveryPodNotBound(@ForAll("cases") Case c) {
    CycleResult a = run(c);
    CycleResult b = run(new Case(c.nodes(), reversed(c.pending()), c.policy()));
    assertThat(b).isEqualTo(a);
    Set<String> bound = new java.util.HashSet<>();
    a.bindings().forEach(x -> bound.add(x.podId()));
    for (Pod p : c.pending())
      assertThat(bound.contains(p.id()) || a.unschedulable().containsKey(p.id())).isTrue();
  }

  static List<Pod> reversed(List<Pod> l) {
    List<Pod> r = new ArrayList<>(l);
    java.util.Collections.reverse(r);
    return r;
  }
}
