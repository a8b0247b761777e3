package io.rug.scheduler.sim.swf;

import java.util.List;
import java.util.Locale;

/**
 * SVG of utilization (busy share per time bucket, time-weighted) and queue length over time for one
 * or more simulations of the same trace, one colour per policy.
 */
public final class SwfPlot {
  private static final int W = 900, H = 260, PAD = 50, BUCKETS = 300;
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

  public String render(List<SwfResult> results) {
    long t0 = Long.MAX_VALUE, t1 = Long.MIN_VALUE;
    for (SwfResult r : results) {
      if (r.samples().isEmpty()) continue;
      t0 = Math.min(t0, r.samples().get(0).time());
      t1 = Math.max(t1, r.samples().get(r.samples().size() - 1).time());
    }
    if (t0 == Long.MAX_VALUE) t0 = t1 = 0; // no samples: an empty plot
    if (t0 >= t1) t1 = t0 + 1;
    double[][] util = new double[results.size()][];
    double[][] queue = new double[results.size()][];
    double maxQueue = 1;
    for (int i = 0; i < results.size(); i++) {
      util[i] = new double[BUCKETS];
      queue[i] = new double[BUCKETS];
      bucket(results.get(i), t0, t1, util[i], queue[i]);
      for (double q : queue[i]) maxQueue = Math.max(maxQueue, q);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            W,
            2 * H + 40));
    sb.append("<title>Utilization and queue length over time: ")
        .append(xml(results.get(0).trace()))
        .append("</title>\n");
    panel(sb, 0, "utilization (busy share)", util, 1.0, results);
    panel(sb, H, "queue length (jobs)", queue, maxQueue, results);
    double days = (t1 - t0) / 86400.0;
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\">time: %.0f days from the first submit</text>%n",
            PAD,
            2 * H + 30,
            days));
    return sb.append("</svg>\n").toString();
  }

  private static void bucket(SwfResult r, long t0, long t1, double[] util, double[] queue) {
    double width = (double) (t1 - t0) / BUCKETS;
    List<SwfResult.Sample> s = r.samples();
    double[] busyTime = new double[BUCKETS];
    for (int k = 0; k < s.size(); k++) {
      long a = s.get(k).time(), b = k + 1 < s.size() ? s.get(k + 1).time() : t1;
      for (long x = a; x < b; ) {
        int bi = Math.min(BUCKETS - 1, (int) ((x - t0) / width));
        long end = Math.min(b, t0 + (long) Math.ceil((bi + 1) * width));
        if (end <= x) end = b;
        busyTime[bi] += (double) s.get(k).busy() * (end - x);
        queue[bi] = Math.max(queue[bi], s.get(k).queued());
        x = end;
      }
    }
    for (int i = 0; i < BUCKETS; i++) util[i] = busyTime[i] / (width * r.procs());
  }

  private static void panel(
      StringBuilder sb, int y0, String label, double[][] series, double max, List<SwfResult> rs) {
    int top = y0 + 20, bottom = y0 + H - 20;
    sb.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
            PAD,
            top,
            W - 2 * PAD,
            bottom - top));
    sb.append(
        String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\">%s (max %.0f)</text>%n",
                PAD,
                top - 5,
                label,
                max < 2 ? max * 100 : max)
            .replace("(max 100)", "(0–100%)"));
    for (int i = 0; i < series.length; i++) {
      StringBuilder pts = new StringBuilder();
      for (int k = 0; k < series[i].length; k++) {
        double x = PAD + (W - 2.0 * PAD) * k / (series[i].length - 1);
        double y = bottom - (bottom - top) * Math.min(1, series[i][k] / max);
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      String c = COLOURS[i % COLOURS.length];
      sb.append("<polyline fill=\"none\" stroke-width=\"1.2\" stroke=\"")
          .append(c)
          .append("\" points=\"")
          .append(pts.toString().strip())
          .append("\"/>\n");
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
              W - PAD - 200 + 100 * i,
              top - 5,
              c,
              xml(rs.get(i).policy())));
    }
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
