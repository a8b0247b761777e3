package io.rug.stack.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.rug.stack.apply.Applier;
import io.rug.stack.apply.CreateOrReplaceApplier;
import io.rug.stack.apply.DryRun;
import io.rug.stack.apply.PollingCrdReadiness;
import io.rug.stack.apply.ServerSideApplier;
import io.rug.stack.apply.StackApply;
import io.rug.stack.validate.KindRegistry;
import io.rug.stack.validate.Problem;
import io.rug.stack.validate.StackValidator;
import io.rug.stack.yaml.ManifestInputException;
import io.rug.stack.yaml.ManifestReader;
import io.rug.stack.yaml.SourceDoc;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rug stack apply}: validate, then apply in dependency order. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Validates, then applies manifests in dependency order.",
      "",
      "Validates the manifests (as `rug stack validate`), then applies them with server-side apply",
      "(field manager 'rug'): CustomResourceDefinitions first (waiting until established),",
      "namespaces next, everything else last. Prints one line per object: created, configured,",
      "unchanged or pruned. Every object gets the prune label; --prune deletes labelled objects of",
      "the applied kinds that are no longer in the manifests."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:applied",
      "1:validation problems (nothing applied) or the API server refused",
      "2:unreadable input or kubeconfig"
    })
public final class ApplyCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "Default: $KUBECONFIG or ~/.kube/config.")
  Path kubeconfig;

  @Option(
      names = "--dry-run",
      defaultValue = "none",
      paramLabel = "MODE",
      description = "none, client (compare only) or server (API server dry run).")
  String dryRun;

  @Option(names = "--prune", description = "Delete labelled objects no longer in the manifests.")
  boolean prune;

  @Option(
      names = "--prune-label",
      defaultValue = "rug.io/stack=reference",
      description =
          "Label put on every applied object and used by --prune (default: ${DEFAULT-VALUE}).")
  String pruneLabel;

  @Option(
      names = "--field-manager",
      defaultValue = "rug",
      description = "Server-side apply field manager.")
  String fieldManager;

  @Option(
      names = "--replace",
      description = "Create or replace instead of server-side apply (API servers without it).")
  boolean replace;

  @Option(names = "--crd-timeout", defaultValue = "60", description = "Seconds to wait per CRD.")
  int crdTimeout;

  @Option(names = "--no-validate", description = "Apply even if validation finds problems.")
  boolean noValidate;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DryRun mode;
    try {
      mode = DryRun.valueOf(dryRun.toUpperCase());
    } catch (IllegalArgumentException e) {
      err.println("rug stack apply: --dry-run must be none, client or server");
      return 2;
    }
    List<SourceDoc> docs;
    try {
      docs = new ManifestReader().readAll(paths);
    } catch (ManifestInputException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (!noValidate) {
      List<Problem> problems = new StackValidator(KindRegistry.standard()).validate(docs);
      if (!problems.isEmpty()) {
        problems.forEach(out::println);
        err.printf("rug stack apply: %d problem(s); nothing applied%n", problems.size());
        return 1;
      }
    }
    Config config;
    try {
      config =
          kubeconfig == null
              ? Config.autoConfigure(null)
              : Config.fromKubeconfig(Files.readString(kubeconfig, StandardCharsets.UTF_8));
    } catch (IOException | KubernetesClientException e) {
      err.println("rug stack apply: cannot read kubeconfig: " + e.getMessage());
      return 2;
    }
    try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
      Applier applier =
          replace
              ? new CreateOrReplaceApplier(client.getKubernetesSerialization())
              : new ServerSideApplier(fieldManager, client.getKubernetesSerialization());
      new StackApply(client, applier, new PollingCrdReadiness(client))
          .apply(
              docs,
              new StackApply.Options(mode, prune, pruneLabel, Duration.ofSeconds(crdTimeout)),
              line -> {
                out.println(line);
                out.flush();
              });
      return 0;
    } catch (KubernetesClientException | IllegalStateException e) {
      out.flush();
      err.println("rug stack apply: " + e.getMessage());
      return 1;
    }
  }
}
