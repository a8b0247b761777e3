package io.rug.stack.cli;

import io.rug.stack.validate.KindRegistry;
import io.rug.stack.validate.Problem;
import io.rug.stack.validate.StackValidator;
import io.rug.stack.yaml.JsonText;
import io.rug.stack.yaml.ManifestInputException;
import io.rug.stack.yaml.ManifestReader;
import io.rug.stack.yaml.SourceDoc;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rug stack validate}: strict schema and policy checks on manifests. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks manifests strictly and against the stack's policy rules.",
      "",
      "Strict: unknown fields, wrong types, missing required fields, for core kinds and the",
      "custom resources of the reference stack. Policy: the stack's",
      "policy rules (Pod Security baseline, requests/limits, image tags, RBAC, tenant namespaces,",
      "the RDMA exception). Documents in all PATHs are validated together: a tenant namespace's",
      "quota may live in another file. Prints FILE:DOC:LINE: rule-id: message per problem.",
      "Rule ids are documented in reference-stack/README.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no problems", "1:problems found", "2:unreadable input or invalid YAML"})
public final class ValidateCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files or directories (default: reference-stack/manifests).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", description = "Print the problems as a JSON array.")
  boolean json;

  @Option(
      names = "--context",
      paramLabel = "PATH",
      description = "Also read these for cross-document rules, without reporting their problems.")
  List<Path> context = new ArrayList<>();

  @Option(
      names = "--repeat",
      defaultValue = "1",
      paramLabel = "N",
      description = "Validate N times in this process, printing each run's time (benchmarks).")
  int repeat;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (int run = 1; run < repeat; run++) {
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      PrintWriter discard = new PrintWriter(java.io.Writer.nullWriter());
      int exit = validate(discard, discard);
      spec.commandLine()
          .getErr()
          .printf(
              "run %d: exit %d, %.1f ms wall, %.1f ms cpu (this thread)%n",
              run,
              exit,
              (System.nanoTime() - start) / 1e6,
              (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    }
    return validate(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  private int validate(PrintWriter out, PrintWriter err) {
    long start = System.nanoTime();
    ManifestReader reader = new ManifestReader();
    List<SourceDoc> docs;
    List<SourceDoc> extra;
    try {
      docs =
          reader.readAll(paths.isEmpty() ? List.of(Path.of("reference-stack/manifests")) : paths);
      extra = reader.readAll(context);
    } catch (ManifestInputException e) {
      err.println(e.getMessage());
      return 2;
    }
    List<Problem> problems = new StackValidator(KindRegistry.standard()).validate(docs, extra);
    if (json) {
      out.println(JsonText.write(problems.stream().map(ValidateCommand::toMap).toList()));
    } else {
      problems.forEach(out::println);
    }
    out.flush();
    err.printf(
        "rug stack validate: %d document(s), %d problem(s), %d ms%n",
        docs.size(), problems.size(), (System.nanoTime() - start) / 1_000_000);
    err.flush();
    return problems.isEmpty() ? 0 : 1;
  }

  private static Map<String, Object> toMap(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", p.file().toString());
    m.put("doc", p.doc());
    m.put("line", p.line());
    m.put("column", p.column());
    m.put("rule", p.rule());
    m.put("message", p.message());
    return m;
  }
}
