package io.rug.site.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A pre-rendered response: body, its gzip form and a strong ETag, computed once so serving is a
 * header check and a byte copy.
 */
public record Page(String contentType, byte[] body, byte[] gzip, String etag) {

  public static Page html(String html) {
    return of("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  public static Page of(String contentType, byte[] body) {
    return new Page(contentType, body, gzip(body), etag(body));
  }

  /** Answers {@code ctx}: 304 when the client's copy is current, gzip when accepted. */
  public void send(Context ctx) {
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept-Encoding");
    String match = ctx.header("If-None-Match");
    if (match != null && match.contains(etag)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(contentType);
    String accept = ctx.header("Accept-Encoding");
    if (accept != null && accept.contains("gzip") && gzip.length < body.length) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(gzip);
    } else {
      ctx.result(body);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
