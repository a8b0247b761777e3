package io.rug.site.book.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.rug.site.highlight.CodeHighlighter;
import java.util.Set;
import java.util.regex.Pattern;

/** Renders highlighted code blocks, admonitions and (faster) plain text. */
final class SiteNodeRenderer implements NodeRenderer {
  private static final Pattern LANGUAGE_END = Pattern.compile("[\\s{]");
  private final CodeHighlighter highlighter;

  SiteNodeRenderer(CodeHighlighter highlighter) {
    this.highlighter = highlighter;
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(FencedCodeBlock.class, this::code),
        new NodeRenderingHandler<>(Admonition.class, this::admonition),
        new NodeRenderingHandler<>(Text.class, SiteNodeRenderer::text));
  }

  /**
   * Plain text exactly as flexmark's core renderer writes it (unescaped, line ends normalized,
   * HTML-escaped), skipping its unescape, line-end and escape passes (the last a regex search) for
   * text that has nothing to unescape, normalize or escape: most of a book's text.
   */
  private static void text(Text node, NodeRendererContext context, HtmlWriter html) {
    String text = node.getChars().toString();
    if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
      text = node.getChars().unescape();
    }
    if (text.indexOf('\r') >= 0) {
      text = Escaping.normalizeEOL(text);
    }
    if (needsEscaping(text)) {
      html.text(text);
    } else {
      html.raw(text); // what text() writes after its regex search for &<>" finds none
    }
  }

  private static boolean needsEscaping(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"') {
        return true;
      }
    }
    return false;
  }

  private void code(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
    String info = node.getInfo().toString().trim();
    String lang = info.isEmpty() ? "" : LANGUAGE_END.split(info, 2)[0];
    String code = node.getContentChars().normalizeEOL();
    if (code.endsWith("\n")) {
      code = code.substring(0, code.length() - 1);
    }
    html.line();
    html.raw("<pre class=\"code\"");
    if (!lang.isEmpty()) {
      html.raw(" data-lang=\"").raw(escapeAttr(lang)).raw("\"");
    }
    html.raw(" tabindex=\"0\"><code>");
    // pre mode keeps the code's leading indentation, which the writer otherwise trims per line
    html.openPre();
    html.raw(highlighter.highlight(lang, code));
    html.closePre();
    html.raw("</code></pre>");
    html.line();
  }

  private void admonition(Admonition node, NodeRendererContext context, HtmlWriter html) {
    html.line();
    html.raw("<div class=\"admonition " + node.cssClass() + "\" role=\"note\">");
    html.raw("<p class=\"admonition-title\">" + node.label() + "</p>");
    html.line();
    context.renderChildren(node);
    html.raw("</div>");
    html.line();
  }

  private static String escapeAttr(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
