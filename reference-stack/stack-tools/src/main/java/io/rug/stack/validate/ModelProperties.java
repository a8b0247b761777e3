package io.rug.stack.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON properties of a fabric8 model class (its {@code @JsonProperty} fields) and their generic
 * types, read once per class. Whatever is not a property would land in the model's {@code
 * additionalProperties}: for a strict check, an unknown field.
 */
final class ModelProperties {
  private final Map<Class<?>, Map<String, Type>> cache = new ConcurrentHashMap<>();

  Map<String, Type> of(Class<?> model) {
    return cache.computeIfAbsent(model, ModelProperties::read);
  }

  private static Map<String, Type> read(Class<?> model) {
    Map<String, Type> props = new LinkedHashMap<>();
    for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        JsonProperty json = f.getAnnotation(JsonProperty.class);
        if (Modifier.isStatic(f.getModifiers())
            || f.isAnnotationPresent(JsonIgnore.class)
            || (json == null && f.getName().equals("additionalProperties"))) {
          continue; // the bag that collects unknown fields is not a property
        }
        String name = json != null && !json.value().isEmpty() ? json.value() : f.getName();
        props.putIfAbsent(name, f.getGenericType());
      }
    }
    return props;
  }
}
