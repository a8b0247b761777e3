package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code awesome-spell-check}: product names spelled the way their projects spell them. Our own
 * word list, for the names a research-computing list uses; awesome-lint's list is longer.
 */
public final class SpellCheck implements Check {
  private record Rule(Pattern pattern, String correct) {}

  private static final List<Rule> RULES = new ArrayList<>();

  static {
    word("javascript", "JavaScript");
    word("typescript", "TypeScript");
    word("node\\.?js", "Node.js");
    word("git\\s?hub", "GitHub");
    word("git\\s?lab", "GitLab");
    word("kubernetes|k8s", "Kubernetes");
    word("docker", "Docker");
    word("postgres|postgresql", "PostgreSQL");
    word("mysql", "MySQL");
    word("sqlite", "SQLite");
    word("redis", "Redis");
    word("elasticsearch", "Elasticsearch");
    word("terraform", "Terraform");
    word("ansible", "Ansible");
    word("jenkins", "Jenkins");
    word("tensorflow", "TensorFlow");
    word("pytorch", "PyTorch");
    word("jupyter", "Jupyter");
    word("numpy", "NumPy");
    word("scipy", "SciPy");
    word("you\\s?tube", "YouTube");
    word("linux", "Linux");
    word("ubuntu", "Ubuntu");
    word("debian", "Debian");
    word("graph\\s?ql", "GraphQL");
  }

  private static void word(String regex, String correct) {
    RULES.add(
        new Rule(Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE), correct));
  }

  @Override
  public void run(MarkdownFile file, Problems out) {
    for (Node n : file.document().getDescendants()) {
      if (!(n instanceof Paragraph || n instanceof Heading)) continue;
      for (TextRuns.Run run : TextRuns.of(n, false)) check(run, out);
    }
  }

  private static void check(TextRuns.Run run, Problems out) {
    if (run.value().isBlank()) return;
    String text =
        String.join(
            " ",
            Arrays.stream(run.value().split("\\s+"))
                .filter(s -> !s.isEmpty() && !Urls.isAbsolute(s))
                .toList());
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.group().equals(rule.correct())) continue;
        char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
        char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
        if ("-_.".indexOf(before) >= 0 || "-_.".indexOf(after) >= 0) continue;
        out.at(
            run.start(),
            "Text \""
                + m.group()
                + "\" should be written as \""
                + rule.correct()
                + "\" (if referring to the technology)",
            "awesome-spell-check");
        break;
      }
    }
  }
}
