package io.rug.survey.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered survey form as a load-test client sees it: the hidden version, stamp and CSRF token,
 * and the question controls, filled the way a hurried but valid respondent would.
 */
record FormPage(
    String version,
    String stamp,
    String csrf,
    List<String> textFields,
    Map<String, String> firstChoice) {
  private static final Pattern INPUT =
      Pattern.compile("<(input|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTR = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

  static FormPage parse(String html) {
    String version = "";
    String stamp = null;
    String csrf = null;
    List<String> text = new ArrayList<>();
    Map<String, String> choice = new LinkedHashMap<>();
    Matcher m = INPUT.matcher(html);
    while (m.find()) {
      Map<String, String> a = new LinkedHashMap<>();
      Matcher am = ATTR.matcher(m.group(2));
      while (am.find()) {
        a.put(am.group(1).toLowerCase(), unescape(am.group(2)));
      }
      String name = a.getOrDefault("name", "");
      String type =
          m.group(1).equalsIgnoreCase("textarea") ? "textarea" : a.getOrDefault("type", "text");
      if (name.equals("version")) {
        version = a.getOrDefault("value", "");
      } else if (name.equals("stamp")) {
        stamp = a.get("value");
      } else if (name.equals("csrf") && csrf == null) {
        csrf = a.get("value");
      } else if (name.startsWith("q.")) {
        if (type.equals("radio") || type.equals("checkbox")) {
          choice.putIfAbsent(name, a.get("value"));
        } else if (type.equals("text") || type.equals("textarea")) {
          text.add(name);
        }
      }
    }
    if (stamp == null || csrf == null) {
      throw new IllegalStateException("no survey form on the page (stamp or csrf missing)");
    }
    return new FormPage(version, stamp, csrf, text, choice);
  }

  /**
   * The next render of the same form: only its tokens are read when it has this page's version (the
   * questions of a version never change), so the client spends its CPU on requests rather than on
   * parsing the same fields again; any other page is parsed in full.
   */
  FormPage next(String html) {
    String v = hiddenValue(html, "version");
    String s = hiddenValue(html, "stamp");
    String c = hiddenValue(html, "csrf");
    if (v == null || s == null || c == null || !v.equals(version)) {
      return parse(html);
    }
    return new FormPage(version, s, c, textFields, firstChoice);
  }

  /** The value of the first input named {@code name}, or null. */
  static String hiddenValue(String html, String name) {
    int at = html.indexOf("name=\"" + name + "\"");
    if (at < 0) {
      return null;
    }
    int start = html.lastIndexOf('<', at);
    int end = html.indexOf('>', at);
    int value = html.indexOf("value=\"", start);
    if (start < 0 || end < 0 || value < 0 || value > end) {
      return null;
    }
    int close = html.indexOf('"', value + 7);
    return close < 0 || close > end ? null : unescape(html.substring(value + 7, close));
  }

  /** The idempotency key inside the stamp (the client may read it; only the server can sign). */
  String idempotencyKey() {
    String payload =
        new String(
            Base64.getUrlDecoder().decode(stamp.substring(0, stamp.indexOf('.'))),
            StandardCharsets.UTF_8);
    return payload.substring(payload.lastIndexOf('|') + 1);
  }

  /** A complete urlencoded body: every text answer carries {@code marker}, choices their first. */
  String body(String marker) {
    StringBuilder b = new StringBuilder();
    if (!version.isEmpty()) {
      add(b, "version", version);
    }
    add(b, "stamp", stamp);
    add(b, "csrf", csrf);
    add(b, "website", "");
    add(b, "consent", "yes");
    for (String f : textFields) {
      add(b, f, marker);
    }
    firstChoice.forEach((name, value) -> add(b, name, value));
    return b.toString();
  }

  private static void add(StringBuilder b, String k, String v) {
    if (b.length() > 0) {
      b.append('&');
    }
    b.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
  }

  private static String unescape(String s) {
    return s.replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
