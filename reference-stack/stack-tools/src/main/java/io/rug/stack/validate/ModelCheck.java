package io.rug.stack.validate;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.rug.stack.yaml.Positions;
import io.rug.stack.yaml.SourceDoc;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;

/**
 * Checks plain YAML data against a fabric8 model class, the way a strict decoder would: unknown
 * fields, wrong scalar/list/map types and missing required fields.
 */
final class ModelCheck {
  private final ModelProperties properties;
  private final Findings findings;
  private final SourceDoc doc;

  ModelCheck(ModelProperties properties, Findings findings, SourceDoc doc) {
    this.properties = properties;
    this.findings = findings;
    this.doc = doc;
  }

  void check(Object value, Type type, String path) {
    if (value == null) {
      return; // null means "unset" for every Kubernetes field
    }
    if (type instanceof WildcardType w) {
      type = w.getUpperBounds()[0];
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        if (!(value instanceof List<?> list)) {
          wrong(path, "a list", value);
          return;
        }
        for (int i = 0; i < list.size(); i++) {
          check(list.get(i), args[0], Positions.index(path, i));
        }
      } else if (Map.class.isAssignableFrom(raw)) {
        if (!(value instanceof Map<?, ?> map)) {
          wrong(path, "a map", value);
          return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
          check(e.getValue(), args[1], Positions.key(path, String.valueOf(e.getKey())));
        }
      }
      return;
    }
    if (type instanceof Class<?> c) {
      checkClass(value, c, path);
    }
  }

  private void checkClass(Object value, Class<?> c, String path) {
    if (c == String.class) {
      expect(value instanceof String, path, "a string", value);
    } else if (c == Integer.class || c == Long.class || c == int.class || c == long.class) {
      expect(
          value instanceof Long || value instanceof java.math.BigInteger,
          path,
          "an integer",
          value);
    } else if (c == Double.class || c == Float.class || c == double.class) {
      expect(value instanceof Number, path, "a number", value);
    } else if (c == Boolean.class || c == boolean.class) {
      expect(value instanceof Boolean, path, "true or false", value);
    } else if (c == Quantity.class) {
      expect(value instanceof String || value instanceof Number, path, "a quantity", value);
    } else if (c == IntOrString.class) {
      expect(value instanceof String || value instanceof Long, path, "an integer or string", value);
    } else if (isModel(c)) {
      checkModel(value, c, path);
    }
    // anything else (Object, JsonNode, interfaces, custom deserializers) accepts any value
  }

  private void checkModel(Object value, Class<?> c, String path) {
    String special = c.getSimpleName();
    if (special.equals("JSONSchemaPropsOrBool") && value instanceof Boolean) {
      return;
    }
    if (special.startsWith("JSONSchemaPropsOr")) {
      c = io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps.class;
      if (value instanceof List<?> items) {
        for (int i = 0; i < items.size(); i++) {
          checkModel(items.get(i), c, Positions.index(path, i));
        }
        return;
      }
    }
    if (!(value instanceof Map<?, ?> map)) {
      wrong(path, "a map (" + c.getSimpleName() + ")", value);
      return;
    }
    Map<String, Type> props = properties.of(c);
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      String child = Positions.key(path, key);
      Type t = props.get(key);
      if (t == null) {
        findings.report(
            doc,
            child,
            Rules.UNKNOWN_FIELD,
            "unknown field \"" + child + "\" (not in " + c.getSimpleName() + ")");
      } else {
        check(e.getValue(), t, child);
      }
    }
    for (String required : RequiredFields.of(c)) {
      if (map.get(required) == null) {
        findings.report(
            doc,
            path,
            Rules.REQUIRED,
            "missing required field \"" + Positions.key(path, required) + "\"");
      }
    }
  }

  private static boolean isModel(Class<?> c) {
    return c.getName().startsWith("io.fabric8.kubernetes.api.model")
        && !c.isInterface()
        && !c.isEnum()
        && !java.lang.reflect.Modifier.isAbstract(c.getModifiers());
  }

  private void expect(boolean ok, String path, String what, Object value) {
    if (!ok) {
      wrong(path, what, value);
    }
  }

  private void wrong(String path, String what, Object value) {
    findings.report(
        doc,
        path,
        Rules.WRONG_TYPE,
        "\"" + path + "\" must be " + what + ", not " + describe(value));
  }

  static String describe(Object v) {
    if (v instanceof Map) {
      return "a map";
    } else if (v instanceof List) {
      return "a list";
    } else if (v instanceof String s) {
      return "the string \"" + s + "\"";
    }
    return String.valueOf(v);
  }
}
