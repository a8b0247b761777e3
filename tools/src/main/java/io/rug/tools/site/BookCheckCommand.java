package io.rug.tools.site;

import io.rug.site.book.Book;
import io.rug.site.book.BookInputException;
import io.rug.site.book.BookLoader;
import io.rug.site.book.check.BookChecker;
import io.rug.site.book.check.Finding;
import io.rug.site.book.check.IncludeValidator;
import io.rug.site.book.render.MarkdownRenderer;
import io.rug.site.highlight.CodeHighlighter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rug book check}: one line per problem, {@code file:line:col: message}. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the book: broken internal links, missing anchors, missing include targets or line",
      "ranges, invalid included files, chapters not in book.yaml, duplicate slugs, images without",
      "alt text. Prints one line per problem: file:line:col: message."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no problems", "1:problems found", "2:bad input (book.yaml, front matter)"})
public final class BookCheckCommand implements Callable<Integer> {

  @Option(
      names = "--book",
      defaultValue = "book",
      description = "Book folder (default: ${DEFAULT-VALUE}).")
  Path book;

  @Option(names = "--json", description = "Print the problems as a JSON array.")
  boolean json;

  /** Included files are validated by this; the reference stack's validator replaces it. */
  private final IncludeValidator validator;

  public BookCheckCommand() {
    this(new io.rug.tools.stack.StackIncludeValidator()); // rug stack validate on every include
  }

  public BookCheckCommand(IncludeValidator validator) {
    this.validator = validator;
  }

  @Override
  public Integer call() throws Exception {
    List<Finding> findings;
    try {
      Book loaded = new BookLoader().load(book);
      findings =
          new BookChecker(new MarkdownRenderer(new CodeHighlighter()), validator).check(loaded);
    } catch (BookInputException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    if (json) {
      System.out.println(toJson(findings));
    } else {
      findings.forEach(
          f ->
              System.out.println(
                  display(f.file()) + f.toString().substring(f.file().toString().length())));
    }
    System.err.printf("rug book check: %d problem(s)%n", findings.size());
    return findings.isEmpty() ? 0 : 1;
  }

  /** Paths under the working directory are shown relative to it, like compilers do. */
  private static Path display(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }

  private static String toJson(List<Finding> findings) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("  {\"file\": ")
          .append(quote(display(f.file()).toString()))
          .append(", \"line\": ")
          .append(f.line())
          .append(", \"column\": ")
          .append(f.column())
          .append(", \"message\": ")
          .append(quote(f.message()))
          .append('}');
    }
    return out.append(findings.isEmpty() ? "]" : "\n]").toString();
  }

  private static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        default -> {
          if (c < 0x20) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
