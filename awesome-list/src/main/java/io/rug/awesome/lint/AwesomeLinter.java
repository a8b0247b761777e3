package io.rug.awesome.lint;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Lints an awesome list offline: the awesome-lint 2.3.0 rules that need no network, plus {@code
 * empty-section}. Thread-safe; construct once and reuse.
 */
public final class AwesomeLinter {
  private final List<Check> checks;
  private final Check codeOfConduct = new CodeOfConductCheck();

  public AwesomeLinter() {
    this(
        List.of(
            new HeadingChecks(),
            new TocCheck(),
            new ListItemCheck(),
            new LinkChecks(),
            new PunctuationChecks(),
            new SpellCheck(),
            new StyleChecks(),
            new ReferenceChecks(),
            new FileChecks(),
            new SectionChecks()));
  }

  public AwesomeLinter(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  /**
   * Lints the list at {@code path} (and its code of conduct, when there is one).
   *
   * @param displayName the name to print in reports, e.g. the path as typed
   * @throws IOException when the file cannot be read or is not UTF-8
   */
  public LintReport lint(Path path, String displayName) throws IOException {
    String text = read(path);
    List<Problem> problems = new ArrayList<>(lintText(new MarkdownFile(displayName, path, text)));
    Path dir = path.toAbsolutePath().getParent();
    Optional<Path> coc = FileChecks.companion(dir, "code-of-conduct.md", "code_of_conduct.md");
    if (coc.isPresent()) {
      String name = siblingName(displayName, coc.get());
      MarkdownFile file = new MarkdownFile(name, coc.get(), read(coc.get()));
      Problems out = new Problems(file);
      codeOfConduct.run(file, out);
      problems.addAll(out.list());
    }
    Collections.sort(problems);
    return new LintReport(displayName, List.copyOf(problems));
  }

  /** Runs the list rules over an already parsed file. */
  public List<Problem> lintText(MarkdownFile file) {
    Problems out = new Problems(file);
    for (Check c : checks) c.run(file, out);
    List<Problem> sorted = new ArrayList<>(out.list());
    Collections.sort(sorted);
    return sorted;
  }

  private static String siblingName(String displayName, Path sibling) {
    Path shown = Path.of(displayName).getParent();
    Path rel =
        sibling.getParent().getFileName().toString().equals(".github")
            ? Path.of(".github", sibling.getFileName().toString())
            : sibling.getFileName();
    return shown == null ? rel.toString() : shown.resolve(rel).toString();
  }

  private static String read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException(path + ": not valid UTF-8", e);
    }
  }
}
