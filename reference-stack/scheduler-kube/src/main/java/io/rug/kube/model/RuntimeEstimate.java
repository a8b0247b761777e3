package io.rug.kube.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the {@code rug.io/runtime-estimate} annotation: Go-style durations such as "1h30m". */
public final class RuntimeEstimate {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

  private RuntimeEstimate() {}

  /**
   * Milliseconds; throws {@link IllegalArgumentException} with the offending text when malformed.
   */
  public static long parseMillis(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) throw new IllegalArgumentException("empty runtime estimate");
    Matcher m = PART.matcher(s);
    int at = 0;
    double total = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException(
            "malformed runtime estimate '" + s + "' (use e.g. 2h, 90m, 1h30m)");
      }
      double v = Double.parseDouble(m.group(1));
      total +=
          switch (m.group(2)) {
            case "ms" -> v;
            case "s" -> v * 1_000;
            case "m" -> v * 60_000;
            case "h" -> v * 3_600_000;
            default -> v * 86_400_000;
          };
      at = m.end();
    }
    return Math.round(total);
  }
}
