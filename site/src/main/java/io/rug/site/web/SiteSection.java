package io.rug.site.web;

import io.javalin.config.JavalinConfig;
import java.io.IOException;

/**
 * A feature that contributes pages to the site (the book, the survey, the awesome list). The server
 * collects the sections' routes into one routes table; {@code rug build} asks each section for its
 * static pages.
 */
public interface SiteSection {

  /** Label of this section in the site navigation, e.g. "Survey". */
  String navTitle();

  /** Site-relative path the navigation links to, e.g. "orgs" (no leading slash). */
  String navPath();

  /** Registers this section's routes. Called once while the server is configured. */
  void addRoutes(JavalinConfig config);

  /** Writes this section's pages into a static build. Sections that are only dynamic write none. */
  default void exportStatic(StaticSite site) throws IOException {}
}
