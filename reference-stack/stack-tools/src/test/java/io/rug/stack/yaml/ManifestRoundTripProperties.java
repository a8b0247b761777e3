package io.rug.stack.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.stack.render.ManifestWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the renderer writes, the reader reads back unchanged, with a position for every node. */
class ManifestRoundTripProperties {

  @Property(tries = 100)
  void writtenDocumentsReadBackUnchanged(@ForAll("documents") List<Map<String, Object>> docs)
      throws Exception {
    ManifestWriter writer = new ManifestWriter();
    ManifestReader reader = new ManifestReader();
    for (String text : List.of(writer.yaml(docs), writer.json(docs))) {
      List<SourceDoc> read = reader.parse(Path.of("t.yaml"), text);
      assertThat(read).extracting(SourceDoc::data).containsExactlyElementsOf(docs);
      int lines = text.split("\n", -1).length;
      for (SourceDoc d : read) {
        for (String key : d.data().keySet()) {
          assertThat(d.positions().find(key)[0]).isBetween(1, lines);
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Map<String, Object>>> documents() {
    return document().list().ofMinSize(1).ofMaxSize(4);
  }

  private Arbitrary<Map<String, Object>> document() {
    Arbitrary<String> keys =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
            Arbitraries.of("requests.nvidia.com/gpu", "rug.io/tenant", "a b", "x:y"));
    Arbitrary<Object> scalars =
        Arbitraries.oneOf(
            Arbitraries.of("true", "8", "null", "1Ti", "", " padded ", "a: b", "- x", "#x", "yes")
                .map(s -> (Object) s),
            Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
            Arbitraries.longs().map(l -> (Object) l),
            Arbitraries.of(true, false).map(b -> (Object) b));
    Arbitrary<Object> values =
        Arbitraries.oneOf(
            scalars,
            scalars.list().ofMaxSize(3).map(l -> (Object) l),
            Arbitraries.maps(keys, scalars).ofMaxSize(3).map(m -> (Object) new LinkedHashMap<>(m)));
    return Arbitraries.maps(keys, values).ofMinSize(1).ofMaxSize(5).map(LinkedHashMap::new);
  }
}
