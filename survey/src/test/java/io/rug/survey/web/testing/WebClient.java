package io.rug.survey.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that reads and posts the survey's HTML forms. */
public final class WebClient {
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
  private final URI base;
  private final HttpClient http;

  public WebClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** Posts fields (a name may repeat, as for checkboxes) urlencoded. */
  public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> f : fields) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
    }
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** The hidden inputs of the first form on a page, by name (first occurrence wins). */
  public static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = HIDDEN.matcher(html);
    while (m.find()) {
      fields.putIfAbsent(m.group(1), m.group(2).replace("&#34;", "\"").replace("&amp;", "&"));
    }
    return fields;
  }

  /** Starts a form body from a page's hidden fields. */
  public static List<Map.Entry<String, String>> formFrom(String html) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    hiddenFields(html).forEach((k, v) -> fields.add(Map.entry(k, v)));
    return fields;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
