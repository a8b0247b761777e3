package io.rug.stack.validate;

import io.rug.stack.yaml.Data;
import io.rug.stack.yaml.Positions;
import io.rug.stack.yaml.SourceDoc;
import java.util.List;
import java.util.Map;

/**
 * Checks plain YAML data against an OpenAPI v3 schema as CRDs carry them (structural schemas):
 * {@code type}, {@code properties}, {@code required}, {@code items}, {@code additionalProperties},
 * {@code enum}, {@code x-kubernetes-preserve-unknown-fields}, {@code x-kubernetes-int-or-string},
 * and our own {@code x-rug-model} (a fabric8 class name, e.g. for embedded pod templates).
 */
final class OpenApiCheck {
  private final Findings findings;
  private final SourceDoc doc;
  private final ModelCheck models;

  OpenApiCheck(Findings findings, SourceDoc doc, ModelCheck models) {
    this.findings = findings;
    this.doc = doc;
    this.models = models;
  }

  void check(Object value, Map<String, Object> schema, String path) {
    if (value == null || schema.isEmpty()) {
      return;
    }
    String model = Data.string(schema.get("x-rug-model"));
    if (!model.isEmpty()) {
      try {
        models.check(value, Class.forName(model), path);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("schema names an unknown model class " + model, e);
      }
      return;
    }
    if (Data.isTrue(schema.get("x-kubernetes-int-or-string"))) {
      expect(value instanceof String || value instanceof Long, path, "an integer or string", value);
      return;
    }
    List<Object> anyOf = Data.list(schema.getOrDefault("anyOf", schema.get("oneOf")));
    if (!anyOf.isEmpty()) {
      boolean matches = anyOf.stream().anyMatch(s -> typeMatches(value, Data.map(s)));
      expect(matches, path, "one of the allowed types", value);
      return;
    }
    String type = Data.string(schema.get("type"));
    if (!type.isEmpty() && !typeMatches(value, schema)) {
      expect(false, path, article(type), value);
      return;
    }
    List<Object> allowed = Data.list(schema.get("enum"));
    if (!allowed.isEmpty() && !allowed.contains(value)) {
      findings.report(doc, path, Rules.WRONG_TYPE, "\"" + path + "\" must be one of " + allowed);
    }
    if (value instanceof Map<?, ?> map) {
      checkObject(map, schema, path);
    } else if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), Data.map(items), Positions.index(path, i));
      }
    }
  }

  private void checkObject(Map<?, ?> map, Map<String, Object> schema, String path) {
    Map<String, Object> props = Data.map(schema.get("properties"));
    Object additional = schema.get("additionalProperties");
    boolean open = Data.isTrue(schema.get("x-kubernetes-preserve-unknown-fields"));
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      String child = Positions.key(path, key);
      if (props.containsKey(key)) {
        check(e.getValue(), Data.map(props.get(key)), child);
      } else if (additional instanceof Map<?, ?> a) {
        check(e.getValue(), Data.map(a), child);
      } else if (!open && !Boolean.TRUE.equals(additional)) {
        findings.report(doc, child, Rules.UNKNOWN_FIELD, "unknown field \"" + child + "\"");
      }
    }
    for (Object required : Data.list(schema.get("required"))) {
      if (map.get(required) == null) {
        findings.report(
            doc,
            path,
            Rules.REQUIRED,
            "missing required field \"" + Positions.key(path, String.valueOf(required)) + "\"");
      }
    }
  }

  private static boolean typeMatches(Object v, Map<String, Object> schema) {
    if (Data.isTrue(schema.get("x-kubernetes-int-or-string"))) {
      return v instanceof String || v instanceof Long;
    }
    return switch (Data.string(schema.get("type"))) {
      case "object" -> v instanceof Map;
      case "array" -> v instanceof List;
      case "string" -> v instanceof String;
      case "integer" -> v instanceof Long || v instanceof java.math.BigInteger;
      case "number" -> v instanceof Number;
      case "boolean" -> v instanceof Boolean;
      default -> true;
    };
  }

  private static String article(String type) {
    return switch (type) {
      case "object" -> "a map";
      case "array" -> "a list";
      case "integer" -> "an integer";
      case "boolean" -> "true or false";
      default -> "a " + type;
    };
  }

  private void expect(boolean ok, String path, String what, Object value) {
    if (!ok) {
      findings.report(
          doc,
          path,
          Rules.WRONG_TYPE,
          "\"" + path + "\" must be " + what + ", not " + ModelCheck.describe(value));
    }
  }
}
