package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;

/**
 * {@code awesome-code-of-conduct}: not empty, no template placeholder, not the template's email.
 */
public final class CodeOfConductCheck implements Check {
  private static final String RULE = "awesome-code-of-conduct";

  @Override
  public void run(MarkdownFile file, Problems out) {
    if (!file.document().hasChildren()) {
      out.onFile("code-of-conduct.md file must not be empty", RULE);
      return;
    }
    for (Node n : file.document().getDescendants()) {
      if (n instanceof LinkRef ref
          && ref.getReference().toString().equals("INSERT EMAIL ADDRESS")) {
        out.at(n.getStartOffset(), "The email placeholder must be replaced with yours", RULE);
        return;
      }
    }
    int at = file.text().indexOf("sindresorhus@gmail.com");
    if (at >= 0) out.at(at, "The default email must be replaced with yours", RULE);
  }
}
