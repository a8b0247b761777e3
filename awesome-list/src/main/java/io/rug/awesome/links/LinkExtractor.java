package io.rug.awesome.links;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import io.rug.awesome.lint.MarkdownFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The http(s) links of a Markdown file, each URL once, in order of appearance. */
public final class LinkExtractor {

  public List<ListedLink> links(MarkdownFile file) {
    Set<String> seen = new LinkedHashSet<>();
    List<ListedLink> out = new ArrayList<>();
    for (Node n : file.document().getDescendants()) {
      String url = null;
      if (n instanceof Link l) url = l.getUrl().unescape();
      else if (n instanceof AutoLink a) url = a.getUrl().unescape();
      else if (n instanceof Image i) url = i.getUrl().unescape();
      else if (n instanceof Reference r) url = r.getUrl().unescape();
      if (url == null) continue;
      url = url.trim();
      if (!(url.startsWith("http://") || url.startsWith("https://"))) continue;
      if (seen.add(url)) out.add(new ListedLink(url, file.line(n.getStartOffset())));
    }
    return out;
  }
}
