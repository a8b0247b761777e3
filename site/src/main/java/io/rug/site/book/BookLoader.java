package io.rug.site.book;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads {@code book.yaml}. Structural mistakes (bad YAML, wrong types, missing keys, missing
 * chapter files, duplicate slugs) are {@link BookInputException}s pointing into book.yaml.
 */
public final class BookLoader {
  // compiled once: String.matches and replaceFirst compile per call, 3 times per chapter
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern FOLDERS = Pattern.compile("^.*/");
  private static final Pattern MD_SUFFIX = Pattern.compile("\\.md$");

  private final Optional<BookYamlCache> cache;

  public BookLoader() {
    this(Optional.empty());
  }

  /** A loader that reuses the last parse of an unchanged book.yaml from {@code cache}. */
  public BookLoader(Optional<BookYamlCache> cache) {
    this.cache = cache;
  }

  /** Loads the book in {@code bookDir}; the repository root is its parent folder. */
  public Book load(Path bookDir) throws IOException {
    Path yaml = bookDir.resolve("book.yaml");
    if (!Files.isRegularFile(yaml)) {
      throw new BookInputException(yaml, 1, 1, "book.yaml not found");
    }
    byte[] bytes = Files.readAllBytes(yaml);
    if (cache.isPresent()) {
      Optional<Book> cached = cache.get().read(bookDir, bytes);
      if (cached.isPresent() && chapterFilesExist(cached.get())) {
        return cached.get();
      }
    }
    // strict decoding: malformed UTF-8 is an error, as with Files.readString
    String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    Book book = parse(bookDir, yaml, text);
    cache.ifPresent(c -> c.write(bookDir, bytes, book));
    return book;
  }

  /** On a cache hit the files are checked here; a missing one is reported by a full parse. */
  private static boolean chapterFilesExist(Book book) {
    for (Book.ChapterRef ref : book.chapters()) {
      if (!Files.isRegularFile(book.chaptersDir().resolve(ref.file()))) {
        return false;
      }
    }
    return true;
  }

  private Book parse(Path bookDir, Path yaml, String text) {
    Node root = compose(yaml, text);
    YamlMap top = new YamlMap(yaml, root);
    String title = top.string("title", true);
    String description = top.string("description", false);
    String editUrl = top.string("editUrl", false);
    List<Book.Part> parts = new ArrayList<>();
    for (Node partNode : top.list("parts")) {
      YamlMap part = new YamlMap(yaml, partNode);
      List<Book.ChapterRef> chapters = new ArrayList<>();
      for (Node chapterNode : part.list("chapters")) {
        YamlMap chapter = new YamlMap(yaml, chapterNode);
        String file = chapter.string("file", true);
        String slug = chapter.string("slug", false);
        if (slug == null) {
          slug = MD_SUFFIX.matcher(FOLDERS.matcher(file).replaceFirst("")).replaceFirst("");
        }
        if (!SLUG.matcher(slug).matches()) {
          throw YamlMap.error(
              yaml, chapterNode, "invalid slug '" + slug + "' (use a-z, 0-9, - . _)");
        }
        Mark mark = chapterNode.getStartMark().orElseThrow();
        chapters.add(new Book.ChapterRef(file, slug, mark.getLine() + 1, mark.getColumn() + 1));
        Path chapterFile = bookDir.resolve("chapters").resolve(file);
        if (!Files.isRegularFile(chapterFile)) {
          throw YamlMap.error(yaml, chapterNode, "chapter file not found: chapters/" + file);
        }
      }
      parts.add(new Book.Part(part.string("title", true), List.copyOf(chapters)));
    }
    Path dir = bookDir.toAbsolutePath().normalize();
    Path repoRoot = dir.getParent() == null ? dir : dir.getParent();
    return new Book(
        dir,
        repoRoot,
        title,
        description == null ? "" : description,
        editUrl == null ? "" : editUrl,
        List.copyOf(parts));
  }

  /** Pages are addressed by slug, so building a book with a repeated slug is an input error. */
  public static void requireUniqueSlugs(Book book) {
    Map<String, Book.ChapterRef> seen = new HashMap<>();
    for (Book.ChapterRef ref : book.chapters()) {
      if (seen.putIfAbsent(ref.slug(), ref) != null) {
        throw new BookInputException(
            book.yamlFile(), ref.line(), ref.column(), "duplicate slug '" + ref.slug() + "'");
      }
    }
  }

  /** Parses one YAML document, mapping syntax errors to file:line:col. */
  static Node compose(Path file, String text) {
    LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
    try {
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      Node node = composer.getSingleNode().orElse(null);
      if (node == null) {
        throw new BookInputException(file, 1, 1, "empty YAML document");
      }
      return node;
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = mark == null ? 1 : mark.getLine() + 1;
      int col = mark == null ? 1 : mark.getColumn() + 1;
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      throw new BookInputException(file, line, col, "invalid YAML: " + problem);
    } catch (RuntimeException e) {
      if (e instanceof BookInputException b) {
        throw b;
      }
      throw new BookInputException(file, 1, 1, "invalid YAML: " + e.getMessage());
    }
  }

  /** A YAML mapping with typed, located accessors. */
  record YamlMap(Path file, Node node) {
    YamlMap {
      if (!(node instanceof MappingNode)) {
        throw error(file, node, "expected a mapping (key: value)");
      }
    }

    String string(String key, boolean required) {
      Node value = get(key);
      if (value == null) {
        if (required) {
          throw error(file, node, "missing key '" + key + "'");
        }
        return null;
      }
      if (!(value instanceof ScalarNode scalar)) {
        throw error(file, value, "'" + key + "' must be a string");
      }
      return scalar.getValue();
    }

    List<Node> list(String key) {
      Node value = get(key);
      if (value == null) {
        throw error(file, node, "missing key '" + key + "'");
      }
      if (!(value instanceof SequenceNode seq)) {
        throw error(file, value, "'" + key + "' must be a list");
      }
      return seq.getValue();
    }

    Node get(String key) {
      for (NodeTuple t : ((MappingNode) node).getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return t.getValueNode();
        }
      }
      return null;
    }

    static BookInputException error(Path file, Node at, String message) {
      Mark mark = at.getStartMark().orElse(null);
      return new BookInputException(
          file,
          mark == null ? 1 : mark.getLine() + 1,
          mark == null ? 1 : mark.getColumn() + 1,
          message);
    }
  }
}
