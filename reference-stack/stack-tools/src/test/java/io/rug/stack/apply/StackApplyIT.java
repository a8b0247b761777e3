package io.rug.stack.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.rug.stack.yaml.ManifestReader;
import io.rug.stack.yaml.SourceDoc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code rug stack apply}'s core against fabric8's mock API server (CRUD mode). */
class StackApplyIT {
  static final StackApply.Options APPLY =
      new StackApply.Options(DryRun.NONE, false, "rug.io/stack=reference", Duration.ofSeconds(20));
  static final ResourceDefinitionContext QUEUES =
      new ResourceDefinitionContext.Builder()
          .withGroup("scheduling.volcano.sh")
          .withVersion("v1beta1")
          .withKind("Queue")
          .withPlural("queues")
          .withNamespaced(false)
          .build();

  MockCluster cluster;
  StackApply apply;
  final List<String> lines = new ArrayList<>();

  @BeforeEach
  void start() {
    cluster = new MockCluster();
    apply =
        new StackApply(
            cluster.client,
            new CreateOrReplaceApplier(cluster.client.getKubernetesSerialization()),
            new PollingCrdReadiness(cluster.client));
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void appliesCrdsThenNamespacesThenTheRestAndLabelsEverything() throws Exception {
    cluster.establishCrds();
    Map<String, Change> changes =
        apply.apply(
            docs("scheduler/queues.yaml", "scheduler/crds.yaml", "tenancy"), APPLY, lines::add);
    assertThat(changes.values()).containsOnly(Change.CREATED);
    assertThat(lines.get(0)).startsWith("customresourcedefinition/").endsWith(" created");
    int lastCrd = lastIndexStartingWith("customresourcedefinition/");
    int firstNamespace = indexStartingWith("namespace/");
    int lastNamespace = lastIndexStartingWith("namespace/");
    assertThat(lastCrd).isLessThan(firstNamespace);
    assertThat(lines.subList(lastNamespace + 1, lines.size()))
        .noneMatch(l -> l.startsWith("namespace/"));
    assertThat(lines)
        .contains("resourcequota/astro-lab-quota -n astro-lab created", "queue/astro created");
    assertThat(cluster.client.namespaces().withName("astro-lab").get().getMetadata().getLabels())
        .containsEntry("rug.io/stack", "reference")
        .containsEntry("rug.io/tenant", "true");
    GenericKubernetesResource astro =
        cluster.client.genericKubernetesResources(QUEUES).withName("astro").get();
    assertThat(astro.<Object>get("spec", "parent")).isEqualTo("physics");
  }

  @Test
  void aSecondApplyChangesNothingAndAnEditIsConfigured() throws Exception {
    apply.apply(docs("tenancy"), APPLY, lines::add);
    lines.clear();
    assertThat(apply.apply(docs("tenancy"), APPLY, lines::add).values())
        .containsOnly(Change.UNCHANGED);
    assertThat(lines).allMatch(l -> l.endsWith(" unchanged"));

    List<SourceDoc> edited = docs("tenancy");
    SourceDoc quota =
        edited.stream().filter(d -> d.name().equals("astro-lab-quota")).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> hard =
        (Map<String, Object>) ((Map<String, Object>) quota.data().get("spec")).get("hard");
    hard.put("requests.cpu", "600");
    lines.clear();
    Map<String, Change> changes = apply.apply(edited, APPLY, lines::add);
    assertThat(lines).contains("resourcequota/astro-lab-quota -n astro-lab configured");
    assertThat(changes.values().stream().filter(c -> c == Change.CONFIGURED).count()).isEqualTo(1);
    assertThat(
            cluster
                .client
                .resourceQuotas()
                .inNamespace("astro-lab")
                .withName("astro-lab-quota")
                .get()
                .getSpec()
                .getHard()
                .get("requests.cpu")
                .toString())
        .isEqualTo("600");
  }

  @Test
  void pruneDeletesLabelledObjectsNoLongerInTheManifests() throws Exception {
    apply.apply(docs("tenancy"), APPLY, lines::add);
    List<SourceDoc> withoutPolicies =
        docs("tenancy").stream()
            .filter(d -> !d.kind().equals("NetworkPolicy") || d.name().equals("default-deny"))
            .toList();
    lines.clear();
    apply.apply(
        withoutPolicies,
        new StackApply.Options(DryRun.NONE, true, "rug.io/stack=reference", Duration.ofSeconds(5)),
        lines::add);
    assertThat(lines)
        .contains(
            "networkpolicy/allow-same-namespace -n astro-lab pruned",
            "networkpolicy/allow-dns-and-internet -n astro-lab pruned");
    assertThat(
            cluster.client.network().networkPolicies().inNamespace("astro-lab").list().getItems())
        .extracting(p -> p.getMetadata().getName())
        .containsExactly("default-deny");
  }

  @Test
  void clientDryRunReportsButWritesNothing() throws Exception {
    StackApply.Options dry =
        new StackApply.Options(
            DryRun.CLIENT, true, "rug.io/stack=reference", Duration.ofSeconds(5));
    assertThat(apply.apply(docs("tenancy"), dry, lines::add).values()).containsOnly(Change.CREATED);
    assertThat(lines).allMatch(l -> l.endsWith(" created (dry run)"));
    assertThat(cluster.client.namespaces().withName("astro-lab").get()).isNull();
  }

  @Test
  void failsWhenACrdIsNeverEstablished() throws Exception {
    StackApply neverReady =
        new StackApply(
            cluster.client,
            new CreateOrReplaceApplier(cluster.client.getKubernetesSerialization()),
            new PollingCrdReadiness(cluster.client));
    StackApply.Options shortWait =
        new StackApply.Options(
            DryRun.NONE, false, "rug.io/stack=reference", Duration.ofMillis(300));
    assertThatThrownBy(() -> neverReady.apply(docs("scheduler/crds.yaml"), shortWait, lines::add))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not established");
  }

  private int indexStartingWith(String prefix) {
    return lines.stream().map(l -> l.startsWith(prefix)).toList().indexOf(true);
  }

  private int lastIndexStartingWith(String prefix) {
    return lines.stream().map(l -> l.startsWith(prefix)).toList().lastIndexOf(true);
  }

  static List<SourceDoc> docs(String... paths) throws Exception {
    return new ManifestReader()
        .readAll(
            java.util.Arrays.stream(paths)
                .map(p -> Path.of("../manifests", p))
                .collect(Collectors.toList()));
  }
}
