package io.rug.scheduler.sim.swf;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads a Standard Workload Format file (18 whitespace-separated fields, {@code ;} headers). */
public final class SwfParser {

  /** Parses {@code file}; {@code procsOverride} > 0 replaces the header's machine size. */
  public SwfTrace parse(Path file, int procsOverride) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString(), procsOverride);
    }
  }

  public SwfTrace parse(BufferedReader r, String name, int procsOverride) throws IOException {
    long maxProcs = 0, maxNodes = 0;
    record Raw(long id, long submit, long run, long procs, long estimate, long user) {}
    List<Raw> raw = new ArrayList<>();
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      String t = line.strip();
      if (t.isEmpty()) continue;
      if (t.startsWith(";")) {
        String h = t.substring(1).strip();
        if (h.startsWith("MaxProcs:")) maxProcs = header(h, name, no);
        if (h.startsWith("MaxNodes:")) maxNodes = header(h, name, no);
        continue;
      }
      String[] f = t.split("\\s+");
      if (f.length < 9) {
        throw new TraceFormatException(name, no, "expected 18 fields, found " + f.length);
      }
      long id = num(f, 0, name, no), submit = num(f, 1, name, no), run4 = num(f, 3, name, no);
      long alloc = num(f, 4, name, no), req = num(f, 7, name, no), reqTime = num(f, 8, name, no);
      long procs = req > 0 ? req : alloc;
      long estimate = reqTime > 0 ? reqTime : run4;
      long user = f.length > 11 ? num(f, 11, name, no) : -1;
      raw.add(new Raw(id, submit, Math.min(run4, estimate), procs, estimate, user));
    }
    long machine = procsOverride > 0 ? procsOverride : maxProcs > 0 ? maxProcs : maxNodes;
    if (machine <= 0) {
      throw new TraceFormatException(
          name, 1, "no machine size: give --procs or a MaxProcs/MaxNodes header");
    }
    List<SwfJob> jobs = new ArrayList<>();
    int skipped = 0;
    for (Raw j : raw) {
      if (j.run() <= 0 || j.procs() <= 0 || j.procs() > machine) {
        skipped++;
        continue;
      }
      jobs.add(new SwfJob(j.id(), j.submit(), j.run(), (int) j.procs(), j.estimate(), j.user()));
    }
    jobs.sort(Comparator.comparingLong(SwfJob::submit).thenComparingLong(SwfJob::id));
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return new SwfTrace(base, (int) machine, jobs, skipped);
  }

  private static long header(String h, String file, int line) {
    String v = h.substring(h.indexOf(':') + 1).strip();
    try {
      return Long.parseLong(v.split("\\s+")[0]);
    } catch (NumberFormatException e) {
      throw new TraceFormatException(file, line, "header value is not a number: " + v);
    }
  }

  private static long num(String[] f, int i, String file, int line) {
    try {
      return Long.parseLong(f[i]);
    } catch (NumberFormatException e) {
      try {
        double d = Double.parseDouble(f[i]); // some archive traces write 12.0
        if (d == Math.rint(d) && !Double.isInfinite(d)) return (long) d;
      } catch (NumberFormatException ignored) {
        // fall through to the error below
      }
      throw new TraceFormatException(
          file, line, "field " + (i + 1) + " is not a number: '" + f[i] + "'");
    }
  }
}
