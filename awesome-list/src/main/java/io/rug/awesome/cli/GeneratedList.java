package io.rug.awesome.cli;

/** A synthetic, lint-clean awesome list of any size, for benchmarks. */
final class GeneratedList {
  private GeneratedList() {}

  static String markdown(int entries, int sections) {
    StringBuilder sb = new StringBuilder(entries * 110);
    sb.append(
        "# Awesome Generated List [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n");
    sb.append("> A generated list for benchmarks.\n\n## Contents\n\n");
    for (int s = 1; s <= sections; s++)
      sb.append("- [Section ").append(s).append("](#section-").append(s).append(")\n");
    int perSection = (entries + sections - 1) / sections;
    int n = 0;
    for (int s = 1; s <= sections && n < entries; s++) {
      sb.append("\n## Section ").append(s).append("\n\n");
      for (int i = 0; i < perSection && n < entries; i++, n++) {
        sb.append("- [Tool ")
            .append(n)
            .append("](https://tool")
            .append(n)
            .append(
                ".example.org/docs) - Schedules research jobs with queues, quotas and `gang` placement (variant ")
            .append(n)
            .append(").\n");
      }
    }
    sb.append("\n## Contributing\n\nRead the [contribution guidelines](contributing.md) first.\n");
    return sb.toString();
  }
}
