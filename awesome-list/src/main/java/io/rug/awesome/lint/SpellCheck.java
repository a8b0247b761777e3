package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code awesome-spell-check}: product names spelled the way their projects spell them. Our own
 * word list, for the names a research-computing list uses; awesome-lint's list is longer. All names
 * are found in one scan of each text; the first wrong spelling of a name is reported.
 */
public final class SpellCheck implements Check {
  /** Key: the lower-case match without spaces and dots. */
  private static final Map<String, String> CORRECT =
      Map.ofEntries(
          Map.entry("javascript", "JavaScript"),
          Map.entry("typescript", "TypeScript"),
          Map.entry("nodejs", "Node.js"),
          Map.entry("github", "GitHub"),
          Map.entry("gitlab", "GitLab"),
          Map.entry("kubernetes", "Kubernetes"),
          Map.entry("k8s", "Kubernetes"),
          Map.entry("docker", "Docker"),
          Map.entry("postgres", "PostgreSQL"),
          Map.entry("postgresql", "PostgreSQL"),
          Map.entry("mysql", "MySQL"),
          Map.entry("sqlite", "SQLite"),
          Map.entry("redis", "Redis"),
          Map.entry("elasticsearch", "Elasticsearch"),
          Map.entry("terraform", "Terraform"),
          Map.entry("ansible", "Ansible"),
          Map.entry("jenkins", "Jenkins"),
          Map.entry("tensorflow", "TensorFlow"),
          Map.entry("pytorch", "PyTorch"),
          Map.entry("jupyter", "Jupyter"),
          Map.entry("numpy", "NumPy"),
          Map.entry("scipy", "SciPy"),
          Map.entry("youtube", "YouTube"),
          Map.entry("linux", "Linux"),
          Map.entry("ubuntu", "Ubuntu"),
          Map.entry("debian", "Debian"),
          Map.entry("graphql", "GraphQL"));

  private static final Pattern NAMES =
      Pattern.compile(
          "\\b(?:javascript|typescript|node\\.?js|git\\s?hub|git\\s?lab|kubernetes|k8s|docker"
              + "|postgres(?:ql)?|mysql|sqlite|redis|elasticsearch|terraform|ansible|jenkins"
              + "|tensorflow|pytorch|jupyter|numpy|scipy|you\\s?tube|linux|ubuntu|debian"
              + "|graph\\s?ql)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLEAN_KEY = Pattern.compile("[\\s.]");

  @Override
  public void run(MarkdownFile file, Problems out) {
    for (Node n : file.document().getDescendants()) {
      if (!(n instanceof Paragraph || n instanceof Heading)) continue;
      for (TextRuns.Run run : TextRuns.of(file, n, false)) check(run, out);
    }
  }

  private static void check(TextRuns.Run run, Problems out) {
    String text = run.value();
    if (text.isBlank()) return;
    if (text.indexOf(':') >= 0) { // drop URL-looking words, as awesome-lint does
      text =
          String.join(
              " ",
              Arrays.stream(text.split("\\s+"))
                  .filter(s -> !s.isEmpty() && !Urls.isAbsolute(s))
                  .toList());
    }
    Set<String> reported = new HashSet<>();
    Matcher m = NAMES.matcher(text);
    while (m.find()) {
      String correct =
          CORRECT.get(CLEAN_KEY.matcher(m.group().toLowerCase(Locale.ROOT)).replaceAll(""));
      if (correct == null || reported.contains(correct) || m.group().equals(correct)) continue;
      char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
      char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
      if ("-_.".indexOf(before) >= 0 || "-_.".indexOf(after) >= 0) continue;
      reported.add(correct);
      out.at(
          run.start(),
          "Text \""
              + m.group()
              + "\" should be written as \""
              + correct
              + "\" (if referring to the technology)",
          "awesome-spell-check");
    }
  }
}
