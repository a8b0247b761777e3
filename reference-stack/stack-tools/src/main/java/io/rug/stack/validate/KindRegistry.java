package io.rug.stack.validate;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.rug.stack.yaml.Data;
import io.rug.stack.yaml.ManifestInputException;
import io.rug.stack.yaml.ManifestReader;
import io.rug.stack.yaml.SourceDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each {@code apiVersion}/{@code kind} must look like: a fabric8 model class for core
 * Kubernetes kinds, or an OpenAPI schema for custom resources (shipped with rug, or taken from a
 * CustomResourceDefinition among the validated files, which wins).
 */
public final class KindRegistry {

  /** Either a model class or an OpenAPI schema. */
  public record Target(Class<?> model, Map<String, Object> schema) {}

  private final Map<String, Target> targets = new HashMap<>();

  private KindRegistry() {}

  /** Core kinds from fabric8 plus the CRD schemas shipped in this module's resources. */
  public static KindRegistry standard() {
    KindRegistry r = new KindRegistry();
    for (Class<? extends HasMetadata> c : CoreKinds.CLASSES) {
      r.targets.put(
          key(HasMetadata.getApiVersion(c), HasMetadata.getKind(c)), new Target(c, Map.of()));
    }
    for (String file : resource("index.txt").split("\\R")) {
      if (!file.isBlank() && !file.startsWith("#")) {
        r.addSchemaFile(file.trim());
      }
    }
    return r;
  }

  /** A copy that also knows the custom resources defined by CRDs among {@code docs}. */
  public KindRegistry withCrdsFrom(List<SourceDoc> docs) {
    KindRegistry r = new KindRegistry();
    r.targets.putAll(targets);
    for (SourceDoc d : docs) {
      if (d.kind().equals("CustomResourceDefinition")
          && d.apiVersion().equals("apiextensions.k8s.io/v1")) {
        Map<String, Object> spec = Data.map(d.data().get("spec"));
        String group = Data.string(spec.get("group"));
        String kind = Data.string(Data.map(spec.get("names")).get("kind"));
        for (Object v : Data.list(spec.get("versions"))) {
          Map<String, Object> version = Data.map(v);
          Map<String, Object> schema = Data.path(version, "schema", "openAPIV3Schema");
          if (!schema.isEmpty()) {
            r.targets.put(key(group + "/" + version.get("name"), kind), new Target(null, schema));
          }
        }
      }
    }
    return r;
  }

  public Target find(String apiVersion, String kind) {
    return targets.get(key(apiVersion, kind));
  }

  private void addSchemaFile(String file) {
    try {
      for (SourceDoc d : new ManifestReader().parse(Path.of(file), resource(file))) {
        targets.put(
            key(d.apiVersion(), d.kind()), new Target(null, Data.map(d.data().get("schema"))));
      }
    } catch (ManifestInputException e) {
      throw new IllegalStateException("bad shipped schema " + e.getMessage(), e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = KindRegistry.class.getResourceAsStream("/io/rug/stack/schemas/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing schema resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + "|" + kind;
  }
}
