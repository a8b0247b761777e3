package io.rug.site.book.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * GFM autolinks (bare URLs, www. addresses, e-mail addresses) with flexmark's own autolink
 * post-processor, run only on text that could hold one. The extension's link scanner otherwise
 * visits every text node of the book, a large share of a cold build.
 */
final class Autolinks implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /**
   * Whether flexmark's scanner could find a link in {@code text}: URLs need ':' and e-mail
   * addresses '@', www. links need "www."; '&' because an entity could decode to any of these.
   */
  static boolean mayContainLink(BasedSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '@' || c == '&') {
        return true;
      }
      if ((c == '.')
          && i >= 3
          && isW(text.charAt(i - 1))
          && isW(text.charAt(i - 2))
          && isW(text.charAt(i - 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isW(char c) {
    return c == 'w' || c == 'W';
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      return new Filtered(new AutolinkNodePostProcessor(document));
    }
  }

  private static final class Filtered extends NodePostProcessor {
    private final AutolinkNodePostProcessor delegate;

    Filtered(AutolinkNodePostProcessor delegate) {
      this.delegate = delegate;
    }

    @Override
    public void process(NodeTracker state, Node node) {
      if (mayContainLink(node.getChars())) {
        delegate.process(state, node);
      }
    }
  }
}
