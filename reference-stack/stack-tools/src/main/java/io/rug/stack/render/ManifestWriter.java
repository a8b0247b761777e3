package io.rug.stack.render;

import io.rug.stack.yaml.JsonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Writes generated documents as multi-document YAML or as a JSON {@code v1 List}. */
public final class ManifestWriter {

  public String yaml(List<Map<String, Object>> docs) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setExplicitStart(true)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .build();
    return new Dump(settings).dumpAllToString(docs.stream().map(d -> (Object) d).iterator());
  }

  public String json(List<Map<String, Object>> docs) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("apiVersion", "v1");
    list.put("kind", "List");
    list.put("items", docs);
    return JsonText.write(list) + "\n";
  }
}
