package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code awesome-list-item}: every entry is {@code - [Name](url) - Description.} The entries
 * checked are those after the first heading that follows "Contents" (all lists when there is no
 * Contents).
 */
public final class ListItemCheck implements Check {
  static final String RULE = "awesome-list-item";
  private final ListDescriptionRules description = new ListDescriptionRules();

  @Override
  public void run(MarkdownFile file, Problems out) {
    Document doc = file.document();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Paragraph p) {
        List<Inline> kids = file.inlines(p);
        if (kids.size() > 1
            && kids.get(0).is(Inline.Kind.TEXT)
            && kids.get(0).text().equals("-")
            && kids.get(1).kind().isLink()) {
          out.at(kids.get(0).start(), "List item marker must be followed by a space", RULE);
        }
      }
    }
    for (ListBlock list : listsToCheck(doc)) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem li) checkItem(file, li, out);
      }
    }
  }

  private static List<ListBlock> listsToCheck(Document doc) {
    List<ListBlock> lists = new ArrayList<>();
    Heading toc = Outline.contents(doc);
    if (toc == null) {
      collect(doc, lists);
      return lists;
    }
    Node post = null;
    for (Node n : Outline.rootChildrenAfter(toc)) {
      if (n instanceof Heading) {
        post = n;
        break;
      }
    }
    if (post == null) return lists;
    for (Node n : Outline.rootChildrenAfter(post)) {
      if (n instanceof ListBlock) collect(n, lists);
    }
    return lists;
  }

  private static void collect(Node root, List<ListBlock> lists) {
    if (root instanceof ListBlock l) lists.add(l);
    for (Node n : root.getDescendants()) {
      if (n instanceof ListBlock l) lists.add(l);
    }
  }

  private void checkItem(MarkdownFile file, ListItem item, Problems out) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph p) || !p.hasChildren()) {
      out.at(item.getStartOffset(), "Invalid list item", RULE);
      return;
    }
    List<Inline> kids = file.inlines(p);
    if (kids.isEmpty() || kids.get(0).is(Inline.Kind.TEXT)) return;
    int linkIndex = -1;
    for (int i = 0; i < kids.size() - 1 && linkIndex < 0; i++) {
      if (kids.get(i).kind().isLink()
          && kids.get(i + 1).is(Inline.Kind.TEXT)
          && kids.get(i + 1).text().startsWith(" - ")) {
        linkIndex = i;
      }
    }
    for (int i = 0; i < kids.size() && linkIndex < 0; i++) {
      if (kids.get(i).kind().isLink()) linkIndex = i;
    }
    Inline link = kids.get(Math.max(0, linkIndex));
    List<Inline> rest =
        linkIndex >= 0 ? kids.subList(linkIndex + 1, kids.size()) : kids.subList(1, kids.size());
    if (!validLink(link, out)) return;
    if (link.is(Inline.Kind.LINK)) {
      for (Inline child : link.children()) {
        if (!(child.is(Inline.Kind.TEXT)
            || child.is(Inline.Kind.EMPHASIS)
            || child.is(Inline.Kind.STRONG)
            || child.is(Inline.Kind.INLINE_CODE))) {
          out.at(child.start(), "Invalid list item link", RULE);
          return;
        }
      }
    }
    description.check(rest, out);
  }

  private static boolean validLink(Inline link, Problems out) {
    if (link.is(Inline.Kind.LINK_REFERENCE)) return true;
    if (!link.is(Inline.Kind.LINK)) {
      out.at(link.start(), "Invalid list item link", RULE);
      return false;
    }
    if (!Urls.isAbsolute(link.url())) {
      out.at(link.start(), "Invalid list item link URL", RULE);
      return false;
    }
    if (link.text().isEmpty()) {
      out.at(link.start(), "Invalid list item link text", RULE);
      return false;
    }
    return true;
  }
}
