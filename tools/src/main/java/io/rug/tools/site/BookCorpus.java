package io.rug.tools.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates a deterministic benchmark book (prose, lists, tables, alerts, cross-links and code in
 * several languages), plus the same chapters as a minimal Hugo site for the side-by-side timing.
 */
final class BookCorpus {
  private static final String[] WORDS =
      ("kubernetes research batch scheduler queue gang mpi rank gpu mig slice node pod cluster "
              + "tenant namespace quota storage lustre posix identity workflow notebook jupyter "
              + "federation burst cloud operator controller manifest policy fairness backfill "
              + "throughput latency rdma infiniband network image registry container volume data "
              + "pipeline training inference model experiment reproducible provenance archive the "
              + "and of to in for with on is are a that this by from as at be it or we our users")
          .split(" ");

  private final Random random = new Random(42);

  /** Writes {@code chapters} chapters to {@code dir}/book and {@code dir}/hugo. */
  void write(Path dir, int chapters) throws IOException {
    Path book = dir.resolve("book");
    Path chaptersDir = book.resolve("chapters");
    Path hugo = dir.resolve("hugo");
    Files.createDirectories(chaptersDir);
    Files.createDirectories(hugo.resolve("content/book"));
    Files.createDirectories(hugo.resolve("layouts/_default"));
    StringBuilder yaml = new StringBuilder();
    yaml.append("title: Benchmark Book\ndescription: Generated corpus\n");
    yaml.append("editUrl: https://example.org/edit/main/\nparts:\n");
    for (int i = 0; i < chapters; i++) {
      if (i % 10 == 0) {
        yaml.append("  - title: Part ").append(i / 10 + 1).append("\n    chapters:\n");
      }
      String slug = String.format("chapter-%03d", i);
      yaml.append("      - file: ").append(slug).append(".md\n");
      String md = chapter(i, chapters);
      Files.writeString(chaptersDir.resolve(slug + ".md"), md, StandardCharsets.UTF_8);
      String hugoMd =
          "---\ntitle: \"Chapter "
              + i
              + "\"\nweight: "
              + (i + 1)
              + "\n---\n"
              + md.replaceAll("\\((chapter-\\d{3})\\.md", "(../$1/");
      Files.writeString(
          hugo.resolve("content/book/" + slug + ".md"), hugoMd, StandardCharsets.UTF_8);
    }
    Files.writeString(book.resolve("book.yaml"), yaml.toString(), StandardCharsets.UTF_8);
    Files.writeString(
        hugo.resolve("config.toml"),
        "baseURL = \"/\"\ntitle = \"Benchmark Book\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n"
            + "[markup.goldmark.renderer]\nunsafe = true\n[markup.tableOfContents]\nstartLevel = 2\nendLevel = 3\n");
    Files.writeString(
        hugo.resolve("layouts/_default/baseof.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
            + "</head><body><nav><ul>{{ range .Site.RegularPages.ByWeight }}<li><a href=\"{{ .RelPermalink }}\">"
            + "{{ .Title }}</a></li>{{ end }}</ul></nav><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
    Files.writeString(
        hugo.resolve("layouts/_default/single.html"),
        "{{ define \"main\" }}<aside>{{ .TableOfContents }}</aside><article>{{ .Content }}</article>"
            + "{{ with .PrevInSection }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}"
            + "{{ with .NextInSection }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}{{ end }}\n");
    Files.writeString(
        hugo.resolve("layouts/_default/list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ end }}\n");
  }

  private String chapter(int n, int total) {
    StringBuilder md = new StringBuilder(13_000);
    md.append("# Chapter ").append(n).append(": ").append(words(4)).append("\n\n");
    for (int s = 0; s < 6; s++) {
      md.append("## ").append(capitalized(words(3))).append("\n\n");
      md.append(paragraph()).append("\n\n");
      md.append("- ")
          .append(words(8))
          .append("\n- ")
          .append(words(7))
          .append(" `kubectl get pods`\n- ");
      md.append("[see chapter ")
          .append((n + s + 1) % total)
          .append("](")
          .append(String.format("chapter-%03d.md", (n + s + 1) % total))
          .append(")\n\n");
      md.append(paragraph()).append("\n\n");
      switch (s % 4) {
        case 0 ->
            md.append("```yaml\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ")
                .append(words(1))
                .append("-job\n  namespace: astro-lab\nspec:\n  parallelism: ")
                .append(s + 2)
                .append(
                    "\n  template:\n    spec:\n      containers:\n        - name: main\n          image: ")
                .append("registry.example.org/sim:1.")
                .append(n)
                .append(
                    "  # pinned\n          resources:\n            limits:\n              nvidia.com/gpu: 1\n```\n\n");
        case 1 ->
            md.append("```bash\n# submit and watch\nkubectl apply -f job.yaml\nfor i in $(seq 1 ")
                .append(s + 3)
                .append("); do\n  kubectl get pods -l job=")
                .append(words(1))
                .append(" -o wide\ndone\n```\n\n");
        case 2 ->
            md.append("```python\ndef fair_share(usage, shares):\n    \"\"\"Share of ")
                .append(words(3))
                .append(".\"\"\"\n    total = sum(shares.values())\n")
                .append("    return {k: shares[k] / total - usage.get(k, 0) for k in shares}  # ")
                .append(n)
                .append("\n```\n\n");
        default ->
            md.append("```java\npublic record Queue(String name, int weight) {\n  // ")
                .append(words(5))
                .append(
                    "\n  public double share(long total) { return weight / (double) total; }\n}\n```\n\n");
      }
      if (s == 2) {
        md.append("| Option | Value | Notes |\n|---|---|---|\n");
        for (int r = 0; r < 4; r++) {
          md.append("| ")
              .append(words(1))
              .append(" | ")
              .append(r * 17 + n)
              .append(" | ")
              .append(words(5))
              .append(" |\n");
        }
        md.append("\n> [!TIP]\n> ").append(words(14)).append("\n\n");
      }
      md.append("### ")
          .append(capitalized(words(2)))
          .append("\n\n")
          .append(paragraph())
          .append("\n\n");
      md.append(paragraph()).append(" See **").append(words(2)).append("** and _");
      md.append(words(2)).append("_.\n\n");
    }
    return md.toString();
  }

  private String paragraph() {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      p.append(capitalized(words(10 + random.nextInt(8)))).append(". ");
    }
    return p.toString().strip();
  }

  private String words(int count) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        w.append(' ');
      }
      w.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return w.toString();
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
