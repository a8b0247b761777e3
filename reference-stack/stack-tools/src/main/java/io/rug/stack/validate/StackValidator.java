package io.rug.stack.validate;

import io.rug.stack.yaml.SourceDoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code rug stack validate}: strict schema checks per document, then policy rules; cross-document
 * rules (tenants, the RDMA exception, tenant subjects) see the targets plus optional context
 * documents, but only problems in the targets are reported.
 */
public final class StackValidator {
  private final KindRegistry kinds;
  private final SchemaCheck schema = new SchemaCheck(new ModelProperties());

  public StackValidator(KindRegistry kinds) {
    this.kinds = kinds;
  }

  public List<Problem> validate(List<SourceDoc> docs) {
    return validate(docs, List.of());
  }

  public List<Problem> validate(List<SourceDoc> targets, List<SourceDoc> context) {
    List<SourceDoc> all = new ArrayList<>(targets);
    all.addAll(context);
    KindRegistry known = kinds.withCrdsFrom(all);
    StackIndex index = new StackIndex(all);
    WorkloadRules workloads = new WorkloadRules(index);
    RbacRules rbac = new RbacRules(index);
    TenantRules tenants = new TenantRules(index);
    Findings findings = new Findings();
    for (SourceDoc doc : targets) {
      schema.check(doc, known, findings);
      workloads.check(doc, findings);
      rbac.check(doc, findings);
      tenants.check(doc, findings);
    }
    List<Problem> out = new ArrayList<>(findings.problems());
    out.sort(
        Comparator.comparing((Problem p) -> p.file().toString())
            .thenComparingInt(Problem::doc)
            .thenComparingInt(Problem::line));
    return out;
  }
}
