package io.rug.site.book.search;

import io.rug.site.book.render.RenderedChapter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the browser search index as a script that assigns {@code window.RUG_SEARCH_INDEX}, so it
 * loads with a plain script tag, also from file:// where fetch() of JSON is blocked. Each section
 * contributes its heading, its chapter title, a short preview and its distinct words (not the full
 * text): MiniSearch indexes words anyway, and this keeps the file small.
 */
public final class SearchIndexWriter {
  /** The script text; URLs are relative to the site root. */
  public String write(List<RenderedChapter> chapters, String index) {
    return new String(writeUtf8(chapters, index), StandardCharsets.UTF_8);
  }

  /**
   * The script as UTF-8, written as bytes: strings without anything to escape (most terms and
   * previews) are encoded whole rather than copied character by character.
   */
  public byte[] writeUtf8(List<RenderedChapter> chapters, String index) {
    Utf8 js = new Utf8(64 * 1024);
    js.ascii("window.RUG_SEARCH_INDEX={\"docs\":[");
    int id = 0;
    for (RenderedChapter c : chapters) {
      String chapterUrl = "book/" + c.slug() + "/" + index;
      for (RenderedChapter.SearchSection s : c.sections()) {
        if (id > 0) {
          js.ascii(",\n");
        }
        js.ascii("{\"id\":").ascii(Integer.toString(id++));
        js.ascii(",\"u\":");
        js.string(s.anchor().isEmpty() ? chapterUrl : chapterUrl + "#" + s.anchor());
        js.ascii(",\"t\":");
        js.string(c.title());
        js.ascii(",\"h\":");
        js.string(s.heading().isEmpty() ? c.title() : s.heading());
        js.ascii(",\"p\":");
        js.string(s.preview());
        js.ascii(",\"x\":");
        js.string(s.terms());
        js.ascii("}");
      }
    }
    return js.ascii("]};\n").toByteArray();
  }

  private static final class Utf8 extends ByteArrayOutputStream {
    Utf8(int size) {
      super(size);
    }

    Utf8 ascii(String s) {
      writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
      return this;
    }

    /** A JSON string literal that is also safe inside a script element. */
    void string(String s) {
      write('"');
      int run = 0;
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029') {
          continue;
        }
        utf8(s.substring(run, i));
        run = i + 1;
        switch (c) {
          case '"' -> ascii("\\\"");
          case '\\' -> ascii("\\\\");
          case '\n' -> ascii("\\n");
          case '\r', '\t' -> write(' ');
          case '<' -> ascii("\\u003c");
          default -> ascii(String.format("\\u%04x", (int) c));
        }
      }
      utf8(run == 0 ? s : s.substring(run));
      write('"');
    }

    private void utf8(String s) {
      writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
