package io.rug.stack.validate;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.rug.stack.yaml.Data;
import io.rug.stack.yaml.SourceDoc;
import java.util.HashMap;
import java.util.Map;

/** The strict structural check of one document against its kind's model or schema. */
final class SchemaCheck {
  private final ModelProperties properties;

  SchemaCheck(ModelProperties properties) {
    this.properties = properties;
  }

  void check(SourceDoc doc, KindRegistry kinds, Findings findings) {
    if (doc.apiVersion().isEmpty() || doc.kind().isEmpty()) {
      findings.report(doc, "", Rules.REQUIRED, "missing required field \"apiVersion\" or \"kind\"");
      return;
    }
    if (doc.name().isEmpty() && Data.string(doc.metadata().get("generateName")).isEmpty()) {
      findings.report(doc, "metadata", Rules.REQUIRED, "missing required field \"metadata.name\"");
    }
    KindRegistry.Target target = kinds.find(doc.apiVersion(), doc.kind());
    if (target == null) {
      findings.report(
          doc,
          "kind",
          Rules.UNKNOWN_KIND,
          "no schema for "
              + doc.apiVersion()
              + " "
              + doc.kind()
              + " (include its CustomResourceDefinition among the validated files)");
      return;
    }
    ModelCheck models = new ModelCheck(properties, findings, doc);
    if (target.model() != null) {
      models.check(doc.data(), target.model(), "");
      return;
    }
    models.check(doc.data().get("metadata"), ObjectMeta.class, "metadata");
    Map<String, Object> schema = new HashMap<>(target.schema());
    Map<String, Object> props = new HashMap<>(Data.map(schema.get("properties")));
    props.put("apiVersion", Map.of());
    props.put("kind", Map.of());
    props.put("metadata", Map.of());
    schema.put("properties", props);
    schema.put("type", "object");
    new OpenApiCheck(findings, doc, models).check(doc.data(), schema, "");
  }
}
