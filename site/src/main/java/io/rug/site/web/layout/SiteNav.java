package io.rug.site.web.layout;

import io.rug.site.web.SiteSection;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections shown in the header. Filled once, after the sections that receive the frame have
 * been constructed (they need the frame, the frame needs their titles).
 */
public final class SiteNav {
  private List<SiteSection> sections = List.of();

  public void register(List<SiteSection> all) {
    this.sections = List.copyOf(all);
  }

  /** Header links from a page whose way to the site root is {@code root}. */
  public List<LayoutPage.NavLink> links(String root, String index, String currentPath) {
    List<LayoutPage.NavLink> links = new ArrayList<>();
    for (SiteSection s : sections) {
      String path = s.navPath();
      String href = root + (path.isEmpty() ? "" : path + "/") + index;
      links.add(new LayoutPage.NavLink(s.navTitle(), href, path.equals(currentPath)));
    }
    return links;
  }
}
