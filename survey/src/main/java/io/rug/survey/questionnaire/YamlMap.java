package io.rug.survey.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A YAML mapping read with positions, so every error can say {@code file:line:col}. */
final class YamlMap {
  private final String file;
  private final Node node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  YamlMap(String file, Node node) {
    this.file = file;
    this.node = node;
    if (!(node instanceof MappingNode m)) {
      throw error(node, "expected a mapping (key: value)");
    }
    for (NodeTuple t : m.getValue()) {
      String key = scalar(t.getKeyNode());
      if (entries.put(key, t) != null) {
        throw error(t.getKeyNode(), "duplicate key '" + key + "'");
      }
    }
  }

  /** Rejects keys outside {@code allowed}: a typo must not silently drop a setting. */
  void onlyKeys(Set<String> allowed) {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw error(
            e.getValue().getKeyNode(),
            "unknown key '" + e.getKey() + "' (expected one of " + allowed + ")");
      }
    }
  }

  String string(String key) {
    NodeTuple t = entries.get(key);
    if (t == null) {
      throw error(node, "missing required key '" + key + "'");
    }
    return scalar(t.getValueNode());
  }

  String string(String key, String fallback) {
    return entries.containsKey(key) ? string(key) : fallback;
  }

  int integer(String key) {
    String v = string(key);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw error(entries.get(key).getValueNode(), "'" + key + "' must be a whole number");
    }
  }

  boolean bool(String key, boolean fallback) {
    if (!entries.containsKey(key)) {
      return fallback;
    }
    String v = string(key);
    if (!v.equals("true") && !v.equals("false")) {
      throw error(entries.get(key).getValueNode(), "'" + key + "' must be true or false");
    }
    return Boolean.parseBoolean(v);
  }

  /** The mappings of a list; missing key gives an empty list. */
  List<YamlMap> maps(String key) {
    List<YamlMap> out = new ArrayList<>();
    for (Node n : sequence(key)) {
      out.add(new YamlMap(file, n));
    }
    return out;
  }

  List<String> strings(String key) {
    return sequence(key).stream().map(this::scalar).toList();
  }

  Node valueNode(String key) {
    return entries.containsKey(key) ? entries.get(key).getValueNode() : node;
  }

  Node node() {
    return node;
  }

  private List<Node> sequence(String key) {
    NodeTuple t = entries.get(key);
    if (t == null) {
      return List.of();
    }
    if (!(t.getValueNode() instanceof SequenceNode s)) {
      throw error(t.getValueNode(), "'" + key + "' must be a list");
    }
    return s.getValue();
  }

  private String scalar(Node n) {
    if (!(n instanceof ScalarNode s)) {
      throw error(n, "expected a single value, not a list or mapping");
    }
    return s.getValue();
  }

  QuestionnaireException error(Node at, String message) {
    return new QuestionnaireException(location(file, at), message);
  }

  static String location(String file, Node at) {
    return at.getStartMark()
        .map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
        .orElse(file);
  }
}
