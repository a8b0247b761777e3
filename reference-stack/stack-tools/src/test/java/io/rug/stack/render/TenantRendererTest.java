package io.rug.stack.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rug.stack.validate.KindRegistry;
import io.rug.stack.validate.StackValidator;
import io.rug.stack.yaml.ManifestReader;
import io.rug.stack.yaml.SourceDoc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantRendererTest {
  final TenantSpec bioLab =
      new TenantSpec("bio-lab", "alice", List.of("bob", "carol"), List.of("dave"), 4, 256, "1Ti");
  final StackValidator validator = new StackValidator(KindRegistry.standard());

  @Test
  void renderedYamlPassesValidationWithTheClusterRoles() throws Exception {
    String yaml = new ManifestWriter().yaml(new TenantRenderer().render(bioLab));
    List<SourceDoc> docs =
        new ArrayList<>(new ManifestReader().parse(Path.of("bio-lab.yaml"), yaml));
    assertThat(docs)
        .extracting(SourceDoc::kind)
        .contains("Namespace", "ResourceQuota", "LimitRange", "NetworkPolicy", "RoleBinding");
    docs.addAll(new ManifestReader().readAll(List.of(Path.of("../manifests/tenancy/cluster"))));
    assertThat(validator.validate(docs)).isEmpty();
  }

  @Test
  void renderedJsonListPassesValidationToo() throws Exception {
    String json = new ManifestWriter().json(new TenantRenderer().render(bioLab));
    List<SourceDoc> docs = new ManifestReader().parse(Path.of("bio-lab.json"), json);
    assertThat(docs).hasSize(8);
    assertThat(validator.validate(docs)).isEmpty();
  }

  @Test
  void quotaHoldsTheGpusAndTheNamespaceSaysSo() {
    List<Map<String, Object>> docs = new TenantRenderer().render(bioLab);
    assertThat(docs.get(0).toString()).contains("rug.io/tenant=true", "rug.io/gpu-quota=true");
    assertThat(docs.get(1).toString()).contains("requests.nvidia.com/gpu=4", "requests.cpu=256");
  }

  @Test
  void bindsEachKindOfMemberToItsRoleTemplate() {
    String all = new TenantRenderer().render(bioLab).toString();
    assertThat(all).contains("name=alice", "name=research-pi", "name=research-researcher");
    assertThat(all).contains("name=dave", "name=research-student");
  }

  @Test
  void rejectsANameThatIsNotADnsLabel() {
    assertThatThrownBy(() -> new TenantSpec("Bio_Lab", "alice", List.of(), List.of(), 0, 8, "1Gi"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DNS label");
  }
}
