package io.rug.stack.apply;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Whether everything a manifest says is already true of the live object. */
final class Subset {
  private Subset() {}

  static boolean contains(Object live, Object desired) {
    if (desired instanceof Map<?, ?> want) {
      if (!(live instanceof Map<?, ?> have)) {
        return false;
      }
      for (Map.Entry<?, ?> e : want.entrySet()) {
        if (!contains(have.get(e.getKey()), e.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (desired instanceof List<?> want) {
      if (!(live instanceof List<?> have) || have.size() != want.size()) {
        return false;
      }
      for (int i = 0; i < want.size(); i++) {
        if (!contains(have.get(i), want.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (desired instanceof Number || live instanceof Number) {
      return Objects.equals(String.valueOf(live), String.valueOf(desired));
    }
    return Objects.equals(live, desired);
  }
}
