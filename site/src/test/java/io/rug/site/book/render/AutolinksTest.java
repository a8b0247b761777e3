package io.rug.site.book.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AutolinksTest {
  private static final List<String> SAMPLES =
      List.of(
          "See https://kubernetes.io/docs/ for more.",
          "Plain http://example.com/a_b_c?x=1&y=2#frag, then text.",
          "Visit www.cncf.io or WWW.CNCF.IO today.",
          "Mail research-user-group@cncf.io (or not@) please.",
          "*Emphasised https://example.org/x* and **bold www.example.org**.",
          "Code `https://not.a.link` stays code.",
          "[Explicit https://x.org](https://y.org) and <https://z.org>.",
          "Entities: https&#58;//a.org and www&#46;b.org and a&#64;b.org.",
          "No links here: just text, ratios 3:1 and times 10:30.",
          "Trailing punctuation https://example.com/path). And (https://example.com).",
          "| a | b |\n|---|---|\n| https://t.org | www.t.org |",
          "# Heading with https://h.org\n\nText.",
          "Scheme only: http:// and ftp://files.example.org/pub and mailto:x@y.org",
          "Escaped \\https://e.org and back\\\\slash www.\\e.org",
          "Two: https://one.org https://two.org\nsoft break www.three.org");

  private static String render(Extension autolinks, String markdown) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(autolinks));
    return HtmlRenderer.builder(options)
        .build()
        .render(Parser.builder(options).build().parse(markdown));
  }

  @Test
  void rendersExactlyAsFlexmarksAutolinkExtension() {
    for (String markdown : SAMPLES) {
      assertThat(render(new Autolinks(), markdown))
          .as(markdown)
          .isEqualTo(render(AutolinkExtension.create(), markdown));
    }
    assertThat(render(new Autolinks(), SAMPLES.get(0)))
        .contains("<a href=\"https://kubernetes.io/docs/\">https://kubernetes.io/docs/</a>");
    assertThat(render(new Autolinks(), SAMPLES.get(2))).contains("<a href=\"http://www.cncf.io\">");
  }

  @Test
  void rendersRandomTextExactlyAsFlexmarksAutolinkExtension() {
    String[] pieces = {
      "http", "https", "://", "www.", "WWW.", "w", ".", "@", "org", "a", " ", "\n", "*", "_", "`",
      "[", "](", ")", "<", ">", "&#58;", "&amp;", "\\", ":", "/", "-", "#", "|", "x.io", "\n\n"
    };
    Random random = new Random(42);
    for (int doc = 0; doc < 1500; doc++) {
      StringBuilder md = new StringBuilder();
      for (int i = random.nextInt(30); i >= 0; i--) {
        md.append(pieces[random.nextInt(pieces.length)]);
      }
      String markdown = md.toString();
      assertThat(render(new Autolinks(), markdown))
          .as(markdown)
          .isEqualTo(render(AutolinkExtension.create(), markdown));
    }
  }

  @Test
  void skipsTextThatCannotHoldALink() {
    assertThat(Autolinks.mayContainLink(seq("just words, and numbers 3.14"))).isFalse();
    assertThat(Autolinks.mayContainLink(seq("ratio 3:1"))).isTrue();
    assertThat(Autolinks.mayContainLink(seq("go to www.x"))).isTrue();
    assertThat(Autolinks.mayContainLink(seq("a@b"))).isTrue();
    assertThat(Autolinks.mayContainLink(seq("&#58;"))).isTrue();
  }

  private static com.vladsch.flexmark.util.sequence.BasedSequence seq(String s) {
    return com.vladsch.flexmark.util.sequence.BasedSequence.of(s);
  }
}
