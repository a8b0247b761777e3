package io.rug.site.web;

/**
 * Wraps a section's rendered body in the site's shared page layout (header, navigation, theme,
 * footer), so every section looks like one site without sharing template files across modules.
 */
public interface PageFrame {

  /**
   * Returns a complete HTML document.
   *
   * @param title page title (plain text, escaped by the frame)
   * @param navPath the navigation entry to mark as current, e.g. "orgs"
   * @param bodyHtml the page's main content, already escaped HTML
   */
  String wrap(String title, String navPath, String bodyHtml);
}
