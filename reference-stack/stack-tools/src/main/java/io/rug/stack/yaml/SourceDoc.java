package io.rug.stack.yaml;

import java.nio.file.Path;
import java.util.Map;

/**
 * One YAML document of a manifest file: its plain data (maps, lists, strings, numbers, booleans)
 * and the position of every node, so problems can point at a line.
 *
 * @param file the file it came from
 * @param index 1-based position of the document in its file
 * @param data the document's top-level mapping
 * @param positions line and column of each node, by path
 */
public record SourceDoc(Path file, int index, Map<String, Object> data, Positions positions) {

  public String apiVersion() {
    return data.get("apiVersion") instanceof String s ? s : "";
  }

  public String kind() {
    return data.get("kind") instanceof String s ? s : "";
  }

  public Map<String, Object> metadata() {
    return Data.map(data.get("metadata"));
  }

  public String name() {
    return Data.string(metadata().get("name"));
  }

  /** The namespace, or "" for cluster-scoped objects and objects that do not say. */
  public String namespace() {
    return Data.string(metadata().get("namespace"));
  }

  public Map<String, Object> labels() {
    return Data.map(metadata().get("labels"));
  }

  public Map<String, Object> annotations() {
    return Data.map(metadata().get("annotations"));
  }

  /** The API group ("" for the core group). */
  public String group() {
    String v = apiVersion();
    int slash = v.indexOf('/');
    return slash < 0 ? "" : v.substring(0, slash);
  }

  @Override
  public String toString() {
    return file + ":" + index + " " + kind() + " " + name();
  }
}
