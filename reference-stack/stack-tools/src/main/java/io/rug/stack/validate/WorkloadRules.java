package io.rug.stack.validate;

import io.rug.stack.yaml.Data;
import io.rug.stack.yaml.Positions;
import io.rug.stack.yaml.SourceDoc;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pod Security baseline checks on every pod spec, plus requests/limits and image tags. Outside
 * tenant namespaces a workload may be exempted from named rules with the annotation {@code
 * rug.io/policy-exception}; IPC_LOCK is allowed only under the RDMA exception.
 */
final class WorkloadRules {
  /** Capabilities the Pod Security baseline level allows to be added. */
  static final Set<String> BASELINE_CAPS =
      Set.of(
          "AUDIT_WRITE",
          "CHOWN",
          "DAC_OVERRIDE",
          "FOWNER",
          "FSETID",
          "KILL",
          "MKNOD",
          "NET_BIND_SERVICE",
          "SETFCAP",
          "SETGID",
          "SETPCAP",
          "SETUID",
          "SYS_CHROOT");

  private final StackIndex index;

  WorkloadRules(StackIndex index) {
    this.index = index;
  }

  void check(SourceDoc doc, Findings findings) {
    Set<String> exempt = exceptions(doc, findings);
    PodSpecs.forEach(
        doc.data(), "", (spec, path) -> checkPod(doc, spec, path, new Sink(doc, findings, exempt)));
  }

  private Set<String> exceptions(SourceDoc doc, Findings findings) {
    String raw = Data.string(doc.annotations().get(StackLabels.POLICY_EXCEPTION));
    if (raw.isBlank()) {
      return Set.of();
    }
    if (index.isTenant(doc.namespace())) {
      findings.report(
          doc,
          "metadata.annotations",
          Rules.EXCEPTION_IN_TENANT,
          "policy exceptions are not honoured in tenant namespace " + doc.namespace());
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    Arrays.stream(raw.split(",")).map(String::trim).forEach(out::add);
    return out;
  }

  private void checkPod(SourceDoc doc, Map<?, ?> spec, String path, Sink sink) {
    for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
      if (Data.isTrue(spec.get(host))) {
        sink.report(
            Positions.key(path, host), Rules.HOST_NAMESPACES, host + " shares a host namespace");
      }
    }
    List<Object> volumes = Data.list(spec.get("volumes"));
    for (int i = 0; i < volumes.size(); i++) {
      if (Data.map(volumes.get(i)).containsKey("hostPath")) {
        sink.report(
            Positions.key(Positions.index(Positions.key(path, "volumes"), i), "hostPath"),
            Rules.HOST_PATH,
            "hostPath volume \""
                + Data.map(volumes.get(i)).get("name")
                + "\" mounts the node's filesystem");
      }
    }
    for (String field : List.of("initContainers", "containers", "ephemeralContainers")) {
      List<Object> containers = Data.list(spec.get(field));
      for (int i = 0; i < containers.size(); i++) {
        String cpath = Positions.index(Positions.key(path, field), i);
        checkContainer(
            doc, Data.map(containers.get(i)), cpath, !field.equals("ephemeralContainers"), sink);
      }
    }
  }

  private void checkContainer(
      SourceDoc doc, Map<String, Object> c, String path, boolean needsResources, Sink sink) {
    String name = "container \"" + c.get("name") + "\"";
    Map<String, Object> sc = Data.map(c.get("securityContext"));
    if (Data.isTrue(sc.get("privileged"))) {
      sink.report(
          Positions.key(path, "securityContext.privileged"),
          Rules.PRIVILEGED,
          name + " is privileged");
    }
    List<Object> ports = Data.list(c.get("ports"));
    for (int i = 0; i < ports.size(); i++) {
      Object hostPort = Data.map(ports.get(i)).get("hostPort");
      if (hostPort instanceof Number n && n.longValue() != 0) {
        sink.report(
            Positions.key(Positions.index(Positions.key(path, "ports"), i), "hostPort"),
            Rules.HOST_PORTS,
            name + " binds host port " + n);
      }
    }
    List<Object> add = Data.list(Data.path(sc, "capabilities").get("add"));
    for (int i = 0; i < add.size(); i++) {
      String cap = Data.string(add.get(i)).toUpperCase().replaceFirst("^CAP_", "");
      String at = Positions.index(Positions.key(path, "securityContext.capabilities.add"), i);
      if (BASELINE_CAPS.contains(cap)) {
        continue;
      }
      if (cap.equals("IPC_LOCK")) {
        if (!index.rdmaAllowed(doc.namespace())) {
          sink.report(
              at,
              Rules.CAPABILITIES,
              name
                  + " adds IPC_LOCK, which is beyond Pod Security baseline;"
                  + " it is allowed only in a namespace labelled "
                  + StackLabels.RDMA
                  + "=\"true\" with the "
                  + StackLabels.RDMA_POLICY
                  + " admission policy bound (namespace \""
                  + doc.namespace()
                  + "\" is not, or is not among the validated files)");
        }
        continue;
      }
      sink.report(
          at,
          Rules.CAPABILITIES,
          name + " adds " + cap + ", which is beyond Pod Security baseline");
    }
    if (needsResources) {
      Map<String, Object> res = Data.map(c.get("resources"));
      Map<String, Object> requests = Data.map(res.get("requests"));
      Map<String, Object> limits = Data.map(res.get("limits"));
      StringBuilder missing = new StringBuilder();
      for (String[] need :
          new String[][] {{"requests", "cpu"}, {"requests", "memory"}, {"limits", "memory"}}) {
        Map<String, Object> m = need[0].equals("requests") ? requests : limits;
        boolean present =
            m.containsKey(need[1]) || (need[0].equals("requests") && limits.containsKey(need[1]));
        if (!present) {
          missing
              .append(missing.length() == 0 ? "" : ", ")
              .append(need[0])
              .append('.')
              .append(need[1]);
        }
      }
      if (missing.length() > 0) {
        sink.report(path, Rules.RESOURCES, name + " lacks " + missing);
      }
    }
    String image = Data.string(c.get("image"));
    if (!image.isEmpty() && !hasPinnedTag(image)) {
      sink.report(
          Positions.key(path, "image"),
          Rules.IMAGE_TAG,
          name + " uses image \"" + image + "\" without a version tag or digest");
    }
  }

  /**
   * A digest, or a tag other than {@code latest} (the tag follows the last ':' after the last '/').
   */
  static boolean hasPinnedTag(String image) {
    if (image.contains("@")) {
      return true;
    }
    String last = image.substring(image.lastIndexOf('/') + 1);
    int colon = last.lastIndexOf(':');
    return colon >= 0 && colon < last.length() - 1 && !last.substring(colon + 1).equals("latest");
  }

  /** Reports unless the workload is exempt from the rule. */
  private record Sink(SourceDoc doc, Findings findings, Set<String> exempt) {
    void report(String path, String rule, String message) {
      if (!exempt.contains(rule)) {
        findings.report(doc, path, rule, message);
      }
    }
  }
}
