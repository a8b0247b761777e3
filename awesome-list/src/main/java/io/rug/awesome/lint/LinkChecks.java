package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code double-link} (the same URL twice, list-description links aside), {@code
 * no-repeat-item-in-description} and {@code awesome-no-ci-badge}.
 */
public final class LinkChecks implements Check {
  private static final Pattern CI_TITLE =
      Pattern.compile("build status|travis|circleci", Pattern.CASE_INSENSITIVE);
  private static final Pattern CI_URL =
      Pattern.compile("travis|circleci", Pattern.CASE_INSENSITIVE);

  @Override
  public void run(MarkdownFile file, Problems out) {
    Set<Node> descriptionLinks = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, List<Node>> byUrl = new LinkedHashMap<>();
    for (Node n : file.document().getDescendants()) {
      if (n instanceof ListItem item && item.getFirstChild() instanceof Paragraph p) {
        markDescriptionLinks(p, descriptionLinks);
        repeatedName(file, item, out);
      }
    }
    for (Node n : file.document().getDescendants()) {
      String url =
          n instanceof Link l
              ? l.getUrl().unescape()
              : n instanceof AutoLink a ? a.getUrl().unescape() : null;
      if (url != null && !descriptionLinks.contains(n)) {
        byUrl.computeIfAbsent(Urls.normalize(url), k -> new ArrayList<>()).add(n);
      }
      if (n instanceof Image img) {
        String title = img.getTitle().unescape();
        if (CI_TITLE.matcher(title).find() || CI_URL.matcher(img.getUrl()).find()) {
          out.at(n.getStartOffset(), "Readme must not contain CI badge", "awesome-no-ci-badge");
        }
      }
    }
    for (List<Node> nodes : byUrl.values()) {
      if (nodes.size() < 2) continue;
      for (Node n : nodes) {
        String url =
            n instanceof Link l ? l.getUrl().unescape() : ((AutoLink) n).getUrl().unescape();
        out.at(n.getStartOffset(), "Duplicate link: " + url, "double-link");
      }
    }
  }

  private static boolean linkLike(Node n) {
    return n instanceof Link || (n instanceof LinkRef r && r.isDefined());
  }

  private static void markDescriptionLinks(Paragraph p, Set<Node> description) {
    boolean mainFound = false;
    boolean priorLink = false;
    for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
      if (!linkLike(n)) continue;
      if (!mainFound) {
        Node next = n.getNext();
        if ((next instanceof Text t && t.getChars().toString().startsWith(" - ")) || !priorLink) {
          mainFound = true;
          priorLink = true;
          continue;
        }
      }
      priorLink = true;
      if (n instanceof Link) description.add(n);
    }
  }

  /** The description must not open with the item's own name ("Volcano - Volcano is ..."). */
  private static void repeatedName(MarkdownFile file, ListItem item, Problems out) {
    Paragraph p = null;
    for (Node n = item.getFirstChild(); n != null && p == null; n = n.getNext()) {
      if (n instanceof Paragraph para) p = para;
    }
    if (p == null) return;
    List<Inline> kids = file.inlines(p);
    int main = -1;
    for (int i = 0; i < kids.size() && main < 0; i++) {
      Inline k = kids.get(i);
      if (!k.is(Inline.Kind.LINK)) continue;
      Inline next = null;
      for (int j = i + 1; j < kids.size() && next == null; j++) {
        Inline c = kids.get(j);
        if (!c.is(Inline.Kind.TEXT) || !c.text().isBlank()) next = c;
      }
      boolean badge =
          k.children().stream().anyMatch(c -> c.is(Inline.Kind.IMAGE))
              || (next != null && next.is(Inline.Kind.LINK));
      if (!badge) main = i;
    }
    if (main < 0 || kids.get(main).text().isEmpty()) return;
    String name = kids.get(main).text();
    List<Inline> after = kids.subList(main + 1, kids.size());
    int sep = -1;
    for (int i = 0; i < after.size() && sep < 0; i++) {
      Inline c = after.get(i);
      if (c.is(Inline.Kind.TEXT) && c.text().contains(" - ")) {
        sep = i;
      } else if (!(c.is(Inline.Kind.EMPHASIS)
          || c.is(Inline.Kind.STRONG)
          || c.is(Inline.Kind.INLINE_CODE)
          || (c.is(Inline.Kind.TEXT) && c.text().isBlank()))) {
        return;
      }
    }
    if (sep < 0) return;
    String first = after.get(sep).text();
    String description =
        (first.substring(first.indexOf(" - ") + 3)
                + Inlines.plainText(after.subList(sep + 1, after.size())))
            .trim();
    if (description.isEmpty()) return;
    if (description.toLowerCase().startsWith(name.toLowerCase())) {
      String rest = description.substring(name.length());
      if (rest.isEmpty() || " \t\n.,!?:-".indexOf(rest.charAt(0)) >= 0) {
        out.at(
            kids.get(main).start(),
            "List item description should not start with the item name \"" + name + "\"",
            "no-repeat-item-in-description");
      }
    }
  }
}
