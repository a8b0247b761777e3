package io.rug.awesome.lint;

import java.util.Locale;
import java.util.regex.Pattern;

/** URL tests and the normalisation used to find duplicate links. */
public final class Urls {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.+");
  private static final Pattern PROTOCOL = Pattern.compile("^(?i)(https?:)?//");
  private static final Pattern HOST_NOISE = Pattern.compile("^www\\.|:(80|443)$|\\.$");
  private static final Pattern SLASHES = Pattern.compile("/{2,}");
  private static final Pattern INDEX_PAGE = Pattern.compile("/index\\.[a-z]+$");

  private Urls() {}

  /** True for an absolute URL with a scheme and no spaces (is-url-superb's test). */
  public static boolean isAbsolute(String url) {
    if (url == null) return false;
    String u = url.trim();
    if (u.contains(" ") || !SCHEME.matcher(u).matches()) return false;
    if (u.regionMatches(true, 0, "http", 0, 4)) {
      int i = u.indexOf("://");
      return i > 0 && i + 3 < u.length() && u.charAt(i + 3) != '/';
    }
    return true;
  }

  /**
   * A comparable form of a URL, like normalize-url with awesome-lint's options: no protocol, no
   * "www.", lower-case host, no default port, no trailing slash, no index.html; the fragment stays.
   */
  public static String normalize(String url) {
    if (url.startsWith("#")) return url;
    String u = url.trim();
    String hash = "";
    int h = u.indexOf('#');
    if (h >= 0) {
      hash = u.substring(h);
      u = u.substring(0, h);
    }
    u = PROTOCOL.matcher(u).replaceFirst("");
    int slash = u.indexOf('/');
    int q = u.indexOf('?');
    int hostEnd = slash < 0 ? (q < 0 ? u.length() : q) : (q < 0 ? slash : Math.min(slash, q));
    String host = u.substring(0, hostEnd).toLowerCase(Locale.ROOT);
    host = HOST_NOISE.matcher(host).replaceAll("");
    String rest = u.substring(hostEnd);
    String query = "";
    int qi = rest.indexOf('?');
    if (qi >= 0) {
      query = rest.substring(qi);
      rest = rest.substring(0, qi);
    }
    rest = INDEX_PAGE.matcher(SLASHES.matcher(rest).replaceAll("/")).replaceFirst("/");
    while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
    if (query.equals("?")) query = "";
    return host + rest + query + hash;
  }
}
