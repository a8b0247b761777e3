package io.rug.awesome.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code awesome-toc}: the Contents list names every section, in order, with working anchors. */
public final class TocCheck implements Check {
  private static final String RULE = "awesome-toc";

  @Override
  public void run(MarkdownFile file, Problems out) {
    Document doc = file.document();
    Map<String, Boolean> anchors = new HashMap<>(); // true = not yet referenced by the ToC
    Slugger slugger = new Slugger();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Heading h) anchors.put("#" + slugger.slug(Inlines.plainText(h)), true);
    }
    Heading toc = Outline.contents(doc);
    if (toc == null) return;
    List<Node> before = Outline.rootChildrenBefore(toc);
    long headingsPre = before.stream().filter(Heading.class::isInstance).count();
    long htmlPre = before.stream().filter(HtmlBlock.class::isInstance).count();
    if (headingsPre > 1) {
      out.at(toc.getStartOffset(), "Table of Contents must be the first section", RULE);
    } else if (headingsPre == 0 && htmlPre == 0) {
      out.at(toc.getStartOffset(), "First heading should be name of awesome list", RULE);
    }
    List<Heading> sections = new ArrayList<>();
    for (Node n : Outline.rootChildrenAfter(toc)) {
      if (n instanceof Heading h
          && h.getLevel() == 2
          && !Outline.NON_CONTENT.contains(Inlines.plainText(h))) {
        sections.add(h);
      }
    }
    if (sections.isEmpty()) {
      out.onFile("Missing content headers", RULE);
      return;
    }
    List<ListBlock> lists = new ArrayList<>();
    for (Node n = toc.getNext(); n != null && n != sections.get(0); n = n.getNext()) {
      if (n instanceof ListBlock l) lists.add(l);
    }
    if (lists.isEmpty()) {
      out.at(toc.getStartOffset(), "Missing or invalid Table of Contents list", RULE);
    } else if (lists.size() > 1) {
      out.at(toc.getStartOffset(), "Multiple Table of Contents lists found", RULE);
    } else {
      validate(lists.get(0), sections, 0, anchors, out);
    }
  }

  private void validate(
      ListBlock list,
      List<Heading> headings,
      int depth,
      Map<String, Boolean> anchors,
      Problems out) {
    int index = 0;
    for (Node n = list.getFirstChild(); n != null; n = n.getNext(), index++) {
      if (!(n instanceof ListItem item)) continue;
      Link link = first(item, Link.class);
      int at = item.getStartOffset();
      if (link == null) {
        out.at(
            at,
            "ToC item \"" + index + "\" missing link \"" + Inlines.plainText(item).trim() + "\"",
            RULE);
        return;
      }
      String url = link.getUrl().unescape();
      String text = Inlines.plainText(link);
      Heading heading = index < headings.size() ? headings.get(index) : null;
      if (text.isEmpty()) {
        out.at(at, "ToC item \"" + url + "\" missing link text", RULE);
        return;
      }
      if (heading == null) {
        out.at(
            at,
            Outline.NON_CONTENT.contains(text)
                ? "ToC should not contain section \"" + text + "\""
                : "ToC item \"" + text + "\" missing corresponding heading",
            RULE);
        return;
      }
      String headingText = Inlines.plainText(heading);
      if (!text.equals(headingText)) {
        out.at(
            at,
            "ToC item \""
                + text
                + "\" does not match corresponding heading \""
                + headingText
                + "\"",
            RULE);
        return;
      }
      Boolean fresh = anchors.get(url);
      if (fresh == null) {
        out.at(at, "ToC item \"" + text + "\" link \"" + url + "\" not found", RULE);
        return;
      }
      if (!fresh) {
        out.at(at, "ToC item \"" + text + "\" has duplicate link \"" + url + "\"", RULE);
        return;
      }
      anchors.put(url, false);
      ListBlock sub = first(item, ListBlock.class);
      if (sub != null) {
        if (depth < 1) {
          Heading next = index + 1 < headings.size() ? headings.get(index + 1) : null;
          List<Heading> subHeadings = new ArrayList<>();
          for (Node s = heading.getNext(); s != null && s != next; s = s.getNext()) {
            if (s instanceof Heading h && h.getLevel() == depth + 3 && !underDeniedSection(h)) {
              subHeadings.add(h);
            }
          }
          validate(sub, subHeadings, depth + 1, anchors, out);
        } else {
          out.at(at, "Exceeded max depth of 2 levels", RULE);
        }
      }
    }
    for (int i = index; i < headings.size(); i++) {
      out.at(
          list.getStartOffset(),
          "ToC missing item for \"" + Inlines.plainText(headings.get(i)) + "\"",
          RULE);
    }
  }

  private static boolean underDeniedSection(Heading h) {
    for (Node n = h.getPrevious(); n != null; n = n.getPrevious()) {
      if (n instanceof Heading p && p.getLevel() == 2) {
        return Outline.NON_CONTENT.contains(Inlines.plainText(p));
      }
    }
    return false;
  }

  private static <T extends Node> T first(Node root, Class<T> type) {
    for (Node n : root.getDescendants()) {
      if (type.isInstance(n)) return type.cast(n);
    }
    return null;
  }
}
