package io.rug.site.web;

import java.io.IOException;

/** The output of a static build, as seen by a section that exports pages into it. */
public interface StaticSite {

  /** The frame to wrap exported pages in; its links honour the build's {@code --base-url}. */
  PageFrame frame();

  /** The build's base URL, always ending in "/" (e.g. "/" or "/book/"). */
  String baseUrl();

  /** Writes a file at a site-relative path such as "awesome/index.html". */
  void write(String relativePath, byte[] content) throws IOException;
}
