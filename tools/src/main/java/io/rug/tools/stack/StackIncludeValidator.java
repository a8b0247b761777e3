package io.rug.tools.stack;

import io.rug.site.book.check.IncludeValidator;
import io.rug.stack.validate.KindRegistry;
import io.rug.stack.validate.StackValidator;
import io.rug.stack.yaml.ManifestInputException;
import io.rug.stack.yaml.ManifestReader;
import io.rug.stack.yaml.SourceDoc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rug book check}'s validator for included files: YAML files are checked by {@code rug stack
 * validate}. Cross-document rules (a tenant's quota, the RDMA policy) see the whole {@code
 * manifests} folder the file lives in, because a chapter shows one file of a set.
 */
public final class StackIncludeValidator implements IncludeValidator {
  private final ManifestReader reader = new ManifestReader();
  private final StackValidator validator = new StackValidator(KindRegistry.standard());
  private final Map<Path, List<SourceDoc>> contextByRoot = new HashMap<>();

  @Override
  public List<Problem> validate(Path file) {
    String name = file.getFileName().toString();
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      return List.of();
    }
    Path normal = file.toAbsolutePath().normalize();
    try {
      List<SourceDoc> docs = reader.read(normal);
      List<SourceDoc> context =
          context(normal).stream().filter(d -> !d.file().equals(normal)).toList();
      return validator.validate(docs, context).stream()
          .map(p -> new Problem(p.line(), p.column(), p.rule(), p.message()))
          .toList();
    } catch (ManifestInputException e) {
      return List.of(new Problem(e.line(), e.column(), "yaml-syntax", e.getMessage()));
    }
  }

  private List<SourceDoc> context(Path file) throws ManifestInputException {
    Path root = file.getParent();
    for (Path p = file.getParent(); p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals("manifests")) {
        root = p;
        break;
      }
    }
    if (!contextByRoot.containsKey(root)) {
      contextByRoot.put(root, Files.isDirectory(root) ? reader.readAll(List.of(root)) : List.of());
    }
    return contextByRoot.get(root);
  }
}
