package io.rug.awesome.page;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders contributing.md for the site. Relative links (code-of-conduct.md, LICENSE) point to the
 * files in the source repository, since the site does not publish them.
 */
public final class ContributingRenderer {
  private static final Pattern RELATIVE_HREF =
      Pattern.compile("href=\"(?!https?:|#|mailto:)([^\"]+)\"");
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final String sourceBaseUrl;

  /**
   * @param sourceBaseUrl where the list's files live, ending in "/"
   */
  public ContributingRenderer(String sourceBaseUrl) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    this.sourceBaseUrl = sourceBaseUrl;
  }

  public String render(String markdown) {
    String html = renderer.render(parser.parse(markdown));
    Matcher m = RELATIVE_HREF.matcher(html);
    return m.replaceAll(
        r -> Matcher.quoteReplacement("href=\"" + sourceBaseUrl + r.group(1) + "\""));
  }
}
