package io.rug.awesome.cli;

import io.rug.awesome.json.Json;
import io.rug.awesome.lint.AwesomeLinter;
import io.rug.awesome.lint.LintReport;
import io.rug.awesome.lint.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rug list lint [FILE] [--json]}: the awesome-lint rules, offline. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Lints an awesome list offline.",
      "",
      "Implements the awesome-lint 2.3.0 rules that need no network (main",
      "heading and badge, Contents matching the sections, entry format `- [Name](url) - Description.`,",
      "duplicate links, name repeated in the description, contributing.md, code of conduct, no CI",
      "badge, product-name spelling, remark-lint Markdown style) plus empty sections.",
      "Prints FILE:LINE:COL  message  rule-id, one problem a line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no problems", "1:problems found", "2:the file cannot be read"})
public final class ListLintCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "awesome-list/README.md",
      description = "The list to lint (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--json", description = "Print the problems as JSON for tools.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final AwesomeLinter linter;

  public ListLintCommand() {
    this(new AwesomeLinter());
  }

  public ListLintCommand(AwesomeLinter linter) {
    this.linter = linter;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("rug list lint: " + file + ": no such file");
      return 2;
    }
    LintReport report;
    try {
      report = linter.lint(file, file.toString());
    } catch (IOException e) {
      err.println("rug list lint: " + file + ": cannot read: " + e.getMessage());
      return 2;
    }
    if (json) {
      out.println(Json.write(toJson(report)));
    } else {
      for (Problem p : report.problems()) out.println(p.format());
      err.println(
          report.ok()
              ? file + ": no problems"
              : file + ": " + report.problems().size() + " problem(s)");
    }
    out.flush();
    return report.ok() ? 0 : 1;
  }

  static Map<String, Object> toJson(LintReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("file", report.file());
    root.put("ok", report.ok());
    List<Map<String, Object>> problems =
        report.problems().stream()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("file", p.file());
                  m.put("line", p.line());
                  m.put("column", p.column());
                  m.put("message", p.message());
                  m.put("ruleId", p.ruleId());
                  return m;
                })
            .toList();
    root.put("problems", problems);
    return root;
  }
}
