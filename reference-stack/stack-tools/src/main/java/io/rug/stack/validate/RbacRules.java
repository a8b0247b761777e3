package io.rug.stack.validate;

import io.rug.stack.yaml.Data;
import io.rug.stack.yaml.Positions;
import io.rug.stack.yaml.SourceDoc;
import java.util.List;
import java.util.Map;

/** RBAC: no wildcards, no binding to cluster-admin, no cluster-wide rights for tenants. */
final class RbacRules {
  private final StackIndex index;

  RbacRules(StackIndex index) {
    this.index = index;
  }

  void check(SourceDoc doc, Findings findings) {
    if (!doc.group().equals("rbac.authorization.k8s.io")) {
      return;
    }
    switch (doc.kind()) {
      case "Role", "ClusterRole" -> wildcards(doc, findings);
      case "RoleBinding", "ClusterRoleBinding" -> binding(doc, findings);
      default -> {}
    }
  }

  private static void wildcards(SourceDoc doc, Findings findings) {
    List<Object> rules = Data.list(doc.data().get("rules"));
    for (int i = 0; i < rules.size(); i++) {
      Map<String, Object> rule = Data.map(rules.get(i));
      for (String field : List.of("apiGroups", "resources", "verbs", "nonResourceURLs")) {
        List<Object> values = Data.list(rule.get(field));
        int star = values.indexOf("*");
        if (star >= 0) {
          findings.report(
              doc,
              Positions.index(Positions.key(Positions.index("rules", i), field), star),
              Rules.RBAC_WILDCARD,
              doc.kind()
                  + " "
                  + doc.name()
                  + " grants \"*\" in "
                  + field
                  + "; list what is needed so new APIs are not granted by accident");
        }
      }
    }
  }

  private void binding(SourceDoc doc, Findings findings) {
    Map<String, Object> roleRef = Data.map(doc.data().get("roleRef"));
    if ("cluster-admin".equals(roleRef.get("name"))) {
      findings.report(
          doc,
          "roleRef.name",
          Rules.RBAC_CLUSTER_ADMIN,
          doc.kind() + " " + doc.name() + " binds cluster-admin");
    }
    if (!doc.kind().equals("ClusterRoleBinding")) {
      return;
    }
    List<Object> subjects = Data.list(doc.data().get("subjects"));
    for (int i = 0; i < subjects.size(); i++) {
      Map<String, Object> s = Data.map(subjects.get(i));
      if (index.isTenantSubject(s)) {
        findings.report(
            doc,
            Positions.index("subjects", i),
            Rules.TENANT_CLUSTER_RIGHTS,
            "ClusterRoleBinding "
                + doc.name()
                + " gives tenant "
                + s.get("kind")
                + " \""
                + s.get("name")
                + "\" cluster-wide rights; bind roles inside the tenant's namespace");
      }
    }
  }
}
