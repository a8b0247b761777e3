package io.rug.scheduler.sim.gpu;

import io.rug.scheduler.core.GpuRequest;
import io.rug.scheduler.core.Node;
import io.rug.scheduler.core.Pod;
import io.rug.scheduler.sim.swf.TraceFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the Alibaba "openb" CSVs: nodes {@code sn,cpu_milli,memory_mib,gpu,model} and pods {@code
 * name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,...,creation_time,...}. Columns are found by
 * header name; a missing trailing creation_time counts as 0, a missing gpu_spec or model as empty.
 * Errors read {@code file:line: ...}.
 */
public final class OpenbCsv {
  private static final long MIB = 1L << 20;

  public List<Node> nodes(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Header h = header(file, lines);
    List<Node> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      Row r = new Row(file, i + 1, lines.get(i), h);
      out.add(
          new Node(
              r.str("sn", true),
              r.num("cpu_milli"),
              r.num("memory_mib") * MIB,
              (int) r.num("gpu"),
              r.str("model", false),
              Map.of(),
              true));
    }
    return out;
  }

  public List<Pod> pods(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Header h = header(file, lines);
    record Arrival(Pod pod, long created) {}
    List<Arrival> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      Row r = new Row(file, i + 1, lines.get(i), h);
      int count = (int) r.num("num_gpu");
      long milli = r.num("gpu_milli");
      if (count > 0 && milli > 1000) r.fail("gpu_milli must be at most 1000, is " + milli);
      String spec = r.str("gpu_spec", false);
      var models =
          new LinkedHashSet<>(spec.isEmpty() ? List.of() : Arrays.asList(spec.split("\\|")));
      // demand = num_gpu x gpu_milli: a zero on either side asks for no GPU
      GpuRequest g =
          count == 0 || milli == 0 ? GpuRequest.NONE : new GpuRequest(count, (int) milli, models);
      long created = r.has("creation_time") ? r.num("creation_time") : 0;
      Pod p = Pod.of(r.str("name", true), r.num("cpu_milli"), r.num("memory_mib") * MIB, g);
      out.add(new Arrival(p.withTimes(created, 0), created));
    }
    out.sort(Comparator.comparingLong(Arrival::created).thenComparing(a -> a.pod().id()));
    return out.stream().map(Arrival::pod).toList();
  }

  private record Header(List<String> names) {
    int col(String name) {
      return names.indexOf(name);
    }
  }

  private static Header header(Path file, List<String> lines) {
    if (lines.isEmpty())
      throw new TraceFormatException(file.toString(), 1, "empty file, expected a CSV header");
    return new Header(Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList());
  }

  private static final class Row {
    final Path file;
    final int line;
    final String[] f;
    final Header h;

    Row(Path file, int line, String text, Header h) {
      this.file = file;
      this.line = line;
      this.f = text.split(",", -1);
      this.h = h;
    }

    boolean has(String col) {
      int c = h.col(col);
      return c >= 0 && c < f.length && !f[c].isBlank();
    }

    String str(String col, boolean required) {
      int c = h.col(col);
      // optional columns (gpu_spec, model) may be missing from the header altogether, as in the
      // openb multigpu lists, which end after gpu_milli
      if (c < 0 && !required) return "";
      if (c < 0) fail("missing column '" + col + "' in header");
      if (c >= f.length || f[c].isBlank()) {
        if (required) fail("empty " + col);
        return "";
      }
      return f[c].strip();
    }

    long num(String col) {
      String v = str(col, true);
      try {
        long x = Long.parseLong(v);
        if (x < 0) fail(col + " is negative: " + v);
        return x;
      } catch (NumberFormatException e) {
        throw new TraceFormatException(
            file.toString(), line, col + " is not a number: '" + v + "'");
      }
    }

    void fail(String msg) {
      throw new TraceFormatException(file.toString(), line, msg);
    }
  }
}
