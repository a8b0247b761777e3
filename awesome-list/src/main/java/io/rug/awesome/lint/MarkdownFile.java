package io.rug.awesome.lint;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed Markdown file: its text, its flexmark tree and the line table that maps offsets to
 * 1-based line and column (UTF-16 units, as awesome-lint counts them).
 */
public final class MarkdownFile {
  private static final Parser PARSER = newParser();

  private final String name;
  private final Path path;
  private final String text;
  private final Document document;
  private final int[] lineStarts;
  private final Map<Node, List<Inline>> inlines = new IdentityHashMap<>();

  public MarkdownFile(String name, Path path, String text) {
    this.name = name;
    this.path = path;
    this.text = text;
    this.document = PARSER.parse(text);
    this.lineStarts = lineStarts(text);
  }

  private static Parser newParser() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS, List.of(StrikethroughExtension.create(), FootnoteExtension.create()));
    return Parser.builder(options).build();
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** The name used in reports (as given on the command line). */
  public String name() {
    return name;
  }

  /** Where the file lives; companion files (contributing.md) are looked up next to it. */
  public Path path() {
    return path;
  }

  public String text() {
    return text;
  }

  public Document document() {
    return document;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The mdast-shaped inline children of a block, computed once per block (not thread-safe). */
  public List<Inline> inlines(Node block) {
    return inlines.computeIfAbsent(block, Inlines::of);
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of an offset. */
  public int column(int offset) {
    return Math.max(0, offset) - lineStarts[line(offset) - 1] + 1;
  }

  /** Offset where a 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The text of a 1-based line, without its line break. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') end--;
    return text.substring(start, Math.max(start, end));
  }
}
