package io.rug.stack.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads multi-document YAML manifests into {@link SourceDoc}s with node positions. Directories are
 * read recursively ({@code *.yaml}, {@code *.yml}, in name order).
 */
public final class ManifestReader {
  private final LoadSettings settings =
      LoadSettings.builder().setSchema(new CoreSchema()).setLabel("manifest").build();

  /** Expands directories to the YAML files inside them, in a stable order. */
  public List<Path> expand(List<Path> paths) throws ManifestInputException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .sorted()
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new ManifestInputException(p, 1, 1, "cannot read directory: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new ManifestInputException(p, 1, 1, "no such file or directory");
      }
    }
    return files;
  }

  /** Every document of every file under {@code paths}. */
  public List<SourceDoc> readAll(List<Path> paths) throws ManifestInputException {
    List<SourceDoc> docs = new ArrayList<>();
    for (Path f : expand(paths)) {
      docs.addAll(read(f));
    }
    return docs;
  }

  public List<SourceDoc> read(Path file) throws ManifestInputException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ManifestInputException(file, 1, 1, "cannot read file: " + e.getMessage());
    }
    return parse(file, text);
  }

  public List<SourceDoc> parse(Path file, String text) throws ManifestInputException {
    List<SourceDoc> docs = new ArrayList<>();
    int index = 0;
    try {
      for (Node node : new Compose(settings).composeAllFromString(text)) {
        index++;
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
          continue; // an empty document (comments only)
        }
        if (!(node instanceof MappingNode)) {
          int[] at = position(node);
          throw new ManifestInputException(
              file,
              at[0],
              at[1],
              "document " + index + " is not a mapping (apiVersion, kind, ...)");
        }
        Positions positions = new Positions();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) convert(node, "", positions);
        if ("List".equals(data.get("kind")) && data.get("items") instanceof List<?> items) {
          for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> item) {
              @SuppressWarnings("unchecked")
              Map<String, Object> itemData = (Map<String, Object>) item;
              docs.add(
                  new SourceDoc(
                      file, index, itemData, positions.under(Positions.index("items", i))));
            }
          }
          continue;
        }
        docs.add(new SourceDoc(file, index, data, positions));
      }
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().orElse(null);
      throw new ManifestInputException(
          file,
          mark == null ? 1 : mark.getLine() + 1,
          mark == null ? 1 : mark.getColumn() + 1,
          "invalid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new ManifestInputException(file, 1, 1, "invalid YAML: " + e.getMessage());
    }
    return docs;
  }

  private static Object convert(Node node, String path, Positions positions) {
    int[] at = position(node);
    positions.put(path, at[0], at[1]);
    if (node instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(t);
        String child = Positions.key(path, key);
        int[] keyAt = position(t.getKeyNode());
        positions.put(child, keyAt[0], keyAt[1]);
        out.put(key, convert(t.getValueNode(), child, positions));
      }
      return out;
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>(s.getValue().size());
      int i = 0;
      for (Node item : s.getValue()) {
        out.add(convert(item, Positions.index(path, i++), positions));
      }
      return out;
    }
    return scalar((ScalarNode) node);
  }

  private static Object scalar(ScalarNode s) {
    Tag tag = s.getTag();
    String v = s.getValue();
    try {
      if (tag.equals(Tag.NULL)) {
        return null;
      } else if (tag.equals(Tag.BOOL)) {
        return Boolean.parseBoolean(v.toLowerCase());
      } else if (tag.equals(Tag.INT)) {
        BigInteger big = new BigInteger(v.replace("_", ""));
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
      } else if (tag.equals(Tag.FLOAT)) {
        return Double.parseDouble(v);
      }
    } catch (NumberFormatException e) {
      return v; // octal/hex spellings and .inf: keep the text, types are checked later
    }
    return v;
  }

  private static int[] position(Node node) {
    return node.getStartMark()
        .map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1})
        .orElse(new int[] {1, 1});
  }
}
