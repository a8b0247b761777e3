package io.rug.site.book.check;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.rug.site.book.Book;
import io.rug.site.book.ChapterSource;
import io.rug.site.book.render.BookRenderer;
import io.rug.site.book.render.HeadingIds;
import io.rug.site.book.render.Include;
import io.rug.site.book.render.LinkContext;
import io.rug.site.book.render.MarkdownRenderer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code rug book check}: broken internal links, missing anchors, missing include targets or line
 * ranges, invalid included files, chapters missing from book.yaml, duplicate slugs and images
 * without alt text. Positions are the Markdown source's.
 */
public final class BookChecker {
  private final MarkdownRenderer markdown;
  private final IncludeValidator includes;

  public BookChecker(MarkdownRenderer markdown, IncludeValidator includes) {
    this.markdown = markdown;
    this.includes = includes;
  }

  public List<Finding> check(Book book) throws IOException {
    List<Finding> findings = new ArrayList<>();
    duplicateSlugs(book, findings);
    unlistedChapters(book, findings);
    LinkContext links = BookRenderer.links(book, false);
    Map<String, Parsed> bySlug = new HashMap<>();
    List<Parsed> parsed = new ArrayList<>();
    for (Book.ChapterRef ref : book.chapters()) {
      ChapterSource src = ChapterSource.read(ref, book.chapterPath(ref));
      Parsed p = new Parsed(src, markdown.parse(src.markdown()));
      parsed.add(p);
      bySlug.putIfAbsent(ref.slug(), p);
    }
    Set<Path> validated = new HashSet<>();
    for (Parsed p : parsed) {
      checkIncludes(p, validated, findings);
      checkLinks(p, links, bySlug, findings);
    }
    return findings;
  }

  private static void duplicateSlugs(Book book, List<Finding> findings) {
    Map<String, Book.ChapterRef> seen = new HashMap<>();
    for (Book.ChapterRef ref : book.chapters()) {
      Book.ChapterRef first = seen.putIfAbsent(ref.slug(), ref);
      if (first != null) {
        findings.add(
            new Finding(
                book.yamlFile(),
                ref.line(),
                ref.column(),
                "duplicate slug '" + ref.slug() + "' (first used on line " + first.line() + ")"));
      }
    }
  }

  private static void unlistedChapters(Book book, List<Finding> findings) throws IOException {
    Set<Path> listed = new HashSet<>();
    for (Book.ChapterRef ref : book.chapters()) {
      listed.add(book.chapterPath(ref).toAbsolutePath().normalize());
    }
    try (Stream<Path> files = Files.walk(book.chaptersDir())) {
      files
          .filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
          .map(f -> f.toAbsolutePath().normalize())
          .filter(f -> !listed.contains(f))
          .sorted()
          .forEach(f -> findings.add(new Finding(f, 1, 1, "chapter is not listed in book.yaml")));
    }
  }

  private void checkIncludes(Parsed p, Set<Path> validated, List<Finding> findings)
      throws IOException {
    Path dir = p.dir();
    for (Include inc : Include.find(p.source().markdown())) {
      try {
        inc.read(dir);
      } catch (Include.IncludeException e) {
        findings.add(p.at(inc.offset(), e.getMessage()));
        continue;
      }
      Path target = inc.resolve(dir);
      if (validated.add(target)) {
        for (IncludeValidator.Problem problem : includes.validate(target)) {
          findings.add(
              new Finding(
                  target,
                  problem.line(),
                  problem.column(),
                  problem.message()
                      + " ["
                      + problem.ruleId()
                      + "] (included by "
                      + p.file()
                      + ")"));
        }
      }
    }
  }

  private static void checkLinks(
      Parsed p, LinkContext links, Map<String, Parsed> bySlug, List<Finding> findings) {
    walk(
        p.doc(),
        node -> {
          if (node instanceof Image image) {
            if (image.getText().isBlank()) {
              findings.add(p.at(image.getStartOffset(), "image without alt text"));
            }
            checkTarget(
                p, image.getUrl().toString(), image.getStartOffset(), links, bySlug, findings);
          } else if (node instanceof Link link) {
            checkTarget(
                p, link.getUrl().toString(), link.getStartOffset(), links, bySlug, findings);
          }
        });
  }

  private static void checkTarget(
      Parsed p,
      String url,
      int offset,
      LinkContext links,
      Map<String, Parsed> bySlug,
      List<Finding> findings) {
    if (url.isEmpty() || url.startsWith("/") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return;
    }
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    String anchor = hash < 0 ? null : url.substring(hash + 1);
    Parsed target = p;
    if (!path.isEmpty()) {
      String slug = links.slugFor(url, p.dir());
      if (slug != null) {
        target = bySlug.get(slug);
      } else {
        Path file;
        try {
          file = p.dir().resolve(URI.create("x:" + path).getSchemeSpecificPart()).normalize();
        } catch (IllegalArgumentException e) {
          findings.add(p.at(offset, "malformed link target '" + url + "'"));
          return;
        }
        if (!Files.exists(file)) {
          findings.add(p.at(offset, "broken link: " + path + " does not exist"));
        } else if (path.endsWith(".md")) {
          findings.add(p.at(offset, "link to " + path + ", which is not a chapter in book.yaml"));
        }
        return;
      }
    }
    if (anchor != null && !anchor.isEmpty() && !target.anchors().contains(anchor)) {
      findings.add(
          p.at(offset, "missing anchor #" + anchor + " in " + target.file().getFileName()));
    }
  }

  private static void walk(Node node, Consumer<Node> visit) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      visit.accept(c);
      walk(c, visit);
    }
  }

  /** A parsed chapter with its heading anchors. */
  private record Parsed(ChapterSource source, Document doc, Set<String> anchors) {
    Parsed(ChapterSource source, Document doc) {
      this(source, doc, anchorsOf(doc));
    }

    Path file() {
      return source.file();
    }

    Path dir() {
      return source.file().toAbsolutePath().normalize().getParent();
    }

    Finding at(int offset, String message) {
      String md = source.markdown();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset && i < md.length(); i++) {
        if (md.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new Finding(source.file(), line, offset - lineStart + 1, message);
    }

    private static Set<String> anchorsOf(Document doc) {
      Set<String> anchors = new HashSet<>();
      HeadingIds ids = new HeadingIds();
      walk(
          doc,
          n -> {
            if (n instanceof Heading h) {
              anchors.add(ids.next(headingText(h)));
            }
          });
      return anchors;
    }
  }

  private static String headingText(Heading h) {
    return MarkdownRenderer.headingText(h);
  }
}
