package io.rug.stack.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.rug.stack.yaml.SourceDoc;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code rug stack apply}: CRDs first (then waits until they are established), namespaces next,
 * everything else last; every object gets the prune label, and {@code --prune} deletes labelled
 * objects of the applied kinds that are no longer in the manifests.
 */
public final class StackApply {

  /** Options of one run. */
  public record Options(DryRun dryRun, boolean prune, String pruneLabel, Duration crdTimeout) {}

  private final KubernetesClient client;
  private final Applier applier;
  private final CrdReadiness readiness;

  public StackApply(KubernetesClient client, Applier applier, CrdReadiness readiness) {
    this.client = client;
    this.applier = applier;
    this.readiness = readiness;
  }

  /** Applies {@code docs}; reports one line per object to {@code out}; returns the changes. */
  public Map<String, Change> apply(List<SourceDoc> docs, Options options, Consumer<String> out) {
    ResourceContexts contexts = new ResourceContexts(client.getKubernetesSerialization(), docs);
    String[] label = options.pruneLabel().split("=", 2);
    List<SourceDoc> ordered = new ArrayList<>(docs);
    ordered.sort(Comparator.comparingInt(StackApply::stage));
    Map<String, Change> changes = new LinkedHashMap<>();
    Set<ResourceDefinitionContext> kinds = new LinkedHashSet<>();
    boolean crdsReady = false;
    for (SourceDoc doc : ordered) {
      if (stage(doc) > 0 && !crdsReady) {
        awaitCrds(ordered, options);
        crdsReady = true;
      }
      ResourceDefinitionContext ctx = contexts.find(doc.apiVersion(), doc.kind());
      if (ctx != null) {
        kinds.add(ctx);
      }
      GenericKubernetesResource desired =
          client
              .getKubernetesSerialization()
              .convertValue(doc.data(), GenericKubernetesResource.class);
      Map<String, String> labels = new HashMap<>();
      if (desired.getMetadata().getLabels() != null) {
        labels.putAll(desired.getMetadata().getLabels());
      }
      labels.put(label[0], label.length > 1 ? label[1] : "true");
      desired.getMetadata().setLabels(labels);
      boolean namespaced = ctx == null ? !doc.namespace().isEmpty() : ctx.isNamespaceScoped();
      if (namespaced && doc.namespace().isEmpty()) {
        desired.getMetadata().setNamespace(client.getNamespace());
      }
      Resource<GenericKubernetesResource> handle = handle(doc, ctx, desired, namespaced);
      Change change = applier.apply(handle, desired, options.dryRun());
      String key =
          key(doc.apiVersion(), doc.kind(), desired.getMetadata().getNamespace(), doc.name());
      changes.put(key, change);
      out.accept(describe(doc.kind(), desired) + " " + change.word() + options.dryRun().suffix());
    }
    if (!crdsReady) {
      awaitCrds(ordered, options);
    }
    if (options.prune()) {
      prune(kinds, label, changes, options, out);
    }
    return changes;
  }

  private void awaitCrds(List<SourceDoc> docs, Options options) {
    if (options.dryRun() != DryRun.NONE) {
      return;
    }
    for (SourceDoc d : docs) {
      if (stage(d) == 0) {
        readiness.awaitEstablished(d.name(), options.crdTimeout());
      }
    }
  }

  private void prune(
      Set<ResourceDefinitionContext> kinds,
      String[] label,
      Map<String, Change> applied,
      Options options,
      Consumer<String> out) {
    for (ResourceDefinitionContext ctx : kinds) {
      MixedOperation<
              GenericKubernetesResource,
              GenericKubernetesResourceList,
              Resource<GenericKubernetesResource>>
          ops = client.genericKubernetesResources(ctx);
      List<GenericKubernetesResource> live =
          (ctx.isNamespaceScoped()
                  ? ops.inAnyNamespace().withLabel(label[0], label.length > 1 ? label[1] : "true")
                  : ops.withLabel(label[0], label.length > 1 ? label[1] : "true"))
              .list()
              .getItems();
      for (GenericKubernetesResource r : live) {
        String apiVersion =
            ctx.getGroup() == null || ctx.getGroup().isEmpty()
                ? ctx.getVersion()
                : ctx.getGroup() + "/" + ctx.getVersion();
        String key =
            key(
                apiVersion,
                ctx.getKind(),
                r.getMetadata().getNamespace(),
                r.getMetadata().getName());
        if (applied.containsKey(key)) {
          continue;
        }
        if (options.dryRun() == DryRun.NONE) {
          (ctx.isNamespaceScoped() ? ops.inNamespace(r.getMetadata().getNamespace()) : ops)
              .withName(r.getMetadata().getName())
              .delete();
        }
        applied.put(key, Change.PRUNED);
        out.accept(describe(ctx.getKind(), r) + " pruned" + options.dryRun().suffix());
      }
    }
  }

  private Resource<GenericKubernetesResource> handle(
      SourceDoc doc,
      ResourceDefinitionContext ctx,
      GenericKubernetesResource desired,
      boolean namespaced) {
    var ops =
        ctx != null
            ? client.genericKubernetesResources(ctx)
            : client.genericKubernetesResources(doc.apiVersion(), doc.kind());
    return namespaced
        ? ops.inNamespace(desired.getMetadata().getNamespace()).resource(desired)
        : ops.resource(desired);
  }

  /** 0: CRDs, 1: namespaces, 2: everything else. */
  static int stage(SourceDoc d) {
    return switch (d.kind()) {
      case "CustomResourceDefinition" -> 0;
      case "Namespace" -> 1;
      default -> 2;
    };
  }

  private static String describe(String kind, GenericKubernetesResource r) {
    String ns = r.getMetadata().getNamespace();
    return kind.toLowerCase()
        + "/"
        + r.getMetadata().getName()
        + (ns == null || ns.isEmpty() ? "" : " -n " + ns);
  }

  private static String key(String apiVersion, String kind, String ns, String name) {
    return apiVersion + "|" + kind + "|" + (ns == null ? "" : ns) + "|" + name;
  }
}
