package io.rug.stack.validate;

import io.rug.stack.yaml.Positions;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Finds the pod specs inside any document: a map with a {@code containers} list, wherever it is
 * (Pod, Deployment, Job, CronJob, Volcano Job tasks, MPIJob replica specs, ...).
 */
final class PodSpecs {
  private PodSpecs() {}

  static void forEach(Object node, String path, BiConsumer<Map<?, ?>, String> action) {
    if (node instanceof Map<?, ?> map) {
      if (map.get("containers") instanceof List<?> containers
          && !containers.isEmpty()
          && containers.get(0) instanceof Map) {
        action.accept(map, path);
        return;
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!"metadata".equals(e.getKey()) || !path.isEmpty()) {
          forEach(e.getValue(), Positions.key(path, String.valueOf(e.getKey())), action);
        }
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        forEach(list.get(i), Positions.index(path, i), action);
      }
    }
  }
}
