package io.rug.stack.cli;

import io.rug.stack.render.ManifestWriter;
import io.rug.stack.render.TenantRenderer;
import io.rug.stack.render.TenantSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rug stack render tenant}: a complete research-group tenant. */
@Command(
    name = "tenant",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a complete research-group tenant that passes validate.",
      "",
      "Generates a research group's tenant: namespace (tenant label, Pod Security restricted),",
      "ResourceQuota (CPU, memory, GPUs), LimitRange, default-deny NetworkPolicy plus same-namespace",
      "and DNS traffic, and RoleBindings to the research-pi/-researcher/-student role templates",
      "(tenancy/cluster/roles.yaml). The output passes `rug stack validate` together with",
      "reference-stack/manifests/tenancy/cluster/."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written to standard output", "2:invalid arguments"})
public final class RenderTenantCommand implements Callable<Integer> {

  @Option(names = "--name", required = true, description = "Group name = namespace.")
  String name;

  @Option(names = "--pi", required = true, description = "The PI's user name (research-pi).")
  String pi;

  @Option(names = "--members", split = ",", description = "Researchers (research-researcher).")
  List<String> members = new ArrayList<>();

  @Option(names = "--students", split = ",", description = "Students (research-student).")
  List<String> students = new ArrayList<>();

  @Option(
      names = "--gpus",
      defaultValue = "0",
      description = "GPU quota (default: ${DEFAULT-VALUE}).")
  int gpus;

  @Option(
      names = "--cpu",
      defaultValue = "64",
      description = "CPU quota, cores (default: ${DEFAULT-VALUE}).")
  int cpu;

  @Option(
      names = "--memory",
      defaultValue = "256Gi",
      description = "Memory quota (default: ${DEFAULT-VALUE}).")
  String memory;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "yaml",
      description = "yaml or json (default: ${DEFAULT-VALUE}).")
  String output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!output.equals("yaml") && !output.equals("json")) {
      spec.commandLine().getErr().println("rug stack render tenant: -o must be yaml or json");
      return 2;
    }
    List<Map<String, Object>> docs;
    try {
      docs =
          new TenantRenderer()
              .render(new TenantSpec(name, pi, members, students, gpus, cpu, memory));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("rug stack render tenant: " + e.getMessage());
      return 2;
    }
    ManifestWriter writer = new ManifestWriter();
    spec.commandLine()
        .getOut()
        .print(output.equals("json") ? writer.json(docs) : writer.yaml(docs));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
