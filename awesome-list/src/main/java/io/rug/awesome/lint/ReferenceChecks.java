package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reference links: {@code no-undefined-references}, {@code no-unused-definitions}, {@code
 * definition-case}, {@code definition-spacing}, {@code no-unneeded-full-reference-link/image}.
 */
public final class ReferenceChecks implements Check {
  private static final Pattern ALLOWED_UNDEFINED =
      Pattern.compile("^(!(note|tip|important|warning|caution)|\\^.+)$", Pattern.CASE_INSENSITIVE);

  @Override
  public void run(MarkdownFile file, Problems out) {
    Set<String> used = new HashSet<>();
    for (Node n : file.document().getDescendants()) {
      if (n instanceof RefNode ref) {
        String label =
            key(
                ref.getReference().isEmpty()
                    ? ref.getText().toString()
                    : ref.getReference().toString());
        used.add(label);
        if (!ref.isDefined()) {
          if (!ALLOWED_UNDEFINED.matcher(label).matches()
              && !ref.getText().toString().isBlank()
              && (n instanceof LinkRef || n instanceof ImageRef)
              && !ref.getReference().isEmpty()) {
            out.at(
                n.getStartOffset(),
                "Unexpected reference to undefined definition, expected corresponding definition (`"
                    + label
                    + "`) for a link or escaped opening bracket (`\\[`) for regular text",
                "no-undefined-references");
          }
        } else if (!ref.getReference().isEmpty()
            && !ref.isReferenceTextCombined()
            && key(ref.getReference().toString()).equals(key(ref.getText().toString()))) {
          String rule =
              n instanceof ImageRef
                  ? "no-unneeded-full-reference-image"
                  : "no-unneeded-full-reference-link";
          out.at(
              n.getStartOffset(), "Unexpected full reference, expected collapsed reference", rule);
        }
      }
    }
    for (Node n : file.document().getDescendants()) {
      if (n instanceof Reference def) {
        String label = def.getReference().toString();
        if (!used.contains(key(label))) {
          out.at(
              n.getStartOffset(),
              "Unexpected unused definition, expected no definition or one or more references to `"
                  + key(label)
                  + "`",
              "no-unused-definitions");
        }
        if (!label.equals(label.toLowerCase(Locale.ROOT))) {
          out.at(
              n.getStartOffset(),
              "Unexpected uppercase characters in definition label, expected lowercase",
              "definition-case");
        }
        if (label.matches("(?s).*\\s{2,}.*")) {
          out.at(
              n.getStartOffset(),
              "Unexpected consecutive whitespace in definition label, expected single spaces",
              "definition-spacing");
        }
      }
    }
  }

  private static String key(String label) {
    return label.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
