package io.rug.site.book.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/** The fallback include validator: included YAML files must at least parse. */
public final class YamlSyntaxValidator implements IncludeValidator {
  @Override
  public List<Problem> validate(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      return List.of();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      new Compose(LoadSettings.builder().build()).composeAllFromString(text).forEach(n -> {});
      return List.of();
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().orElse(null);
      return List.of(
          new Problem(
              mark == null ? 1 : mark.getLine() + 1,
              mark == null ? 1 : mark.getColumn() + 1,
              "yaml-syntax",
              "invalid YAML: " + e.getProblem()));
    }
  }
}
