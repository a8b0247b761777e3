package io.rug.site.highlight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.IniTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MakefileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;

/**
 * Build-time syntax highlighting: runs RSyntaxTextArea's token makers (plain lexers, no Swing
 * component is created) and emits {@code <span class="tok-…">} HTML, so pages need no JavaScript.
 * Token makers are stateful, so one is created per call.
 */
public final class CodeHighlighter {

  private static final Map<String, Supplier<TokenMaker>> LANGUAGES =
      Map.ofEntries(
          Map.entry("yaml", YamlTokenMaker::new),
          Map.entry("yml", YamlTokenMaker::new),
          Map.entry("sh", UnixShellTokenMaker::new),
          Map.entry("bash", UnixShellTokenMaker::new),
          Map.entry("shell", UnixShellTokenMaker::new),
          Map.entry("console", UnixShellTokenMaker::new),
          Map.entry("java", JavaTokenMaker::new),
          Map.entry("python", PythonTokenMaker::new),
          Map.entry("py", PythonTokenMaker::new),
          Map.entry("json", JsonTokenMaker::new),
          Map.entry("dockerfile", DockerTokenMaker::new),
          Map.entry("docker", DockerTokenMaker::new),
          Map.entry("go", GoTokenMaker::new),
          Map.entry("rust", RustTokenMaker::new),
          Map.entry("c", CTokenMaker::new),
          Map.entry("javascript", JavaScriptTokenMaker::new),
          Map.entry("js", JavaScriptTokenMaker::new),
          Map.entry("xml", XMLTokenMaker::new),
          Map.entry("html", XMLTokenMaker::new),
          Map.entry("sql", SQLTokenMaker::new),
          Map.entry("ini", IniTokenMaker::new),
          Map.entry("toml", IniTokenMaker::new),
          Map.entry("makefile", MakefileTokenMaker::new));

  private final Set<String> prepared = ConcurrentHashMap.newKeySet();

  /**
   * The languages among {@code languages} whose lexers this highlighter has not prepared yet (see
   * {@link #prepare}).
   */
  public List<String> unprepared(Collection<String> languages) {
    List<String> todo = new ArrayList<>();
    for (String language : languages) {
      String key = language.toLowerCase(Locale.ROOT);
      if (LANGUAGES.containsKey(key) && !prepared.contains(key) && !todo.contains(key)) {
        todo.add(key);
      }
    }
    return todo;
  }

  /**
   * Creates a lexer for each of {@code languages} once, so their classes' set-up (tables unpacked
   * in static initialisers: tens of milliseconds for Java's in a fresh process) is done, e.g. on
   * another thread while the Markdown is still being parsed. Only a matter of speed.
   */
  public void prepare(Collection<String> languages) {
    for (String key : languages) {
      Supplier<TokenMaker> maker = LANGUAGES.get(key);
      if (maker != null && prepared.add(key)) {
        maker.get();
      }
    }
  }

  /** True when {@code language} (a fence info word) has a lexer. */
  public boolean supports(String language) {
    return LANGUAGES.containsKey(language.toLowerCase(Locale.ROOT));
  }

  /** HTML for the code's text: escaped, with token spans when the language is known. */
  public String highlight(String language, String code) {
    Supplier<TokenMaker> maker = LANGUAGES.get(language.toLowerCase(Locale.ROOT));
    if (maker == null) {
      return escape(code, 0, code.length(), new StringBuilder(code.length() + 16)).toString();
    }
    TokenMaker tm = maker.get();
    StringBuilder out = new StringBuilder(code.length() * 2);
    char[] chars = code.toCharArray();
    int state = TokenTypes.NULL;
    int start = 0;
    while (start <= chars.length) {
      int eol = start;
      while (eol < chars.length && chars[eol] != '\n') {
        eol++;
      }
      if (eol == chars.length && start == eol) {
        break;
      }
      Segment segment = new Segment(chars, start, eol - start);
      Token token = tm.getTokenList(segment, state, start);
      state = TokenTypes.NULL;
      for (Token t = token; t != null && t.getType() != TokenTypes.NULL; t = t.getNextToken()) {
        int type = t.getType();
        int visible = type < 0 ? tm.getClosestStandardTokenTypeForInternalType(type) : type;
        appendToken(out, chars, t.getTextOffset(), t.getEndOffset(), cssClass(visible));
        // a line whose list does not end in a NULL token carries state (e.g. an open comment)
        state = t.getNextToken() == null ? type : TokenTypes.NULL;
      }
      if (eol < chars.length) {
        out.append('\n');
      }
      start = eol + 1;
    }
    return out.toString();
  }

  private static void appendToken(StringBuilder out, char[] chars, int from, int to, String css) {
    if (css == null) {
      escape(chars, from, to, out);
    } else {
      out.append("<span class=\"").append(css).append("\">");
      escape(chars, from, to, out);
      out.append("</span>");
    }
  }

  private static String cssClass(int type) {
    return switch (type) {
      case TokenTypes.COMMENT_EOL,
          TokenTypes.COMMENT_MULTILINE,
          TokenTypes.COMMENT_DOCUMENTATION,
          TokenTypes.COMMENT_KEYWORD,
          TokenTypes.COMMENT_MARKUP,
          TokenTypes.MARKUP_COMMENT ->
          "tok-c";
      case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.MARKUP_TAG_NAME ->
          "tok-k";
      case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE,
          TokenTypes.LITERAL_CHAR,
          TokenTypes.LITERAL_BACKQUOTE,
          TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE,
          TokenTypes.ERROR_STRING_DOUBLE,
          TokenTypes.ERROR_CHAR ->
          "tok-s";
      case TokenTypes.LITERAL_NUMBER_DECIMAL_INT,
          TokenTypes.LITERAL_NUMBER_FLOAT,
          TokenTypes.LITERAL_NUMBER_HEXADECIMAL,
          TokenTypes.LITERAL_BOOLEAN ->
          "tok-n";
      case TokenTypes.DATA_TYPE, TokenTypes.MARKUP_TAG_ATTRIBUTE, TokenTypes.ANNOTATION -> "tok-t";
      case TokenTypes.FUNCTION, TokenTypes.PREPROCESSOR -> "tok-f";
      case TokenTypes.VARIABLE -> "tok-v";
      default -> null;
    };
  }

  private static StringBuilder escape(CharSequence s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      appendEscaped(out, s.charAt(i));
    }
    return out;
  }

  private static void escape(char[] s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      appendEscaped(out, s[i]);
    }
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '&' -> out.append("&amp;");
      case '"' -> out.append("&quot;");
      default -> out.append(c);
    }
  }
}
