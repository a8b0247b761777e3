package io.rug.survey.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One respondent's keep-alive HTTP/1.1 connection over a plain socket, used from one thread. The
 * load generator shares the machine's cores with the server it measures, so it should cost little
 * CPU: a blocking socket read wakes one thread per response, where a general-purpose asynchronous
 * client hands every response between several threads. It speaks only what the survey needs: GET
 * and urlencoded POST, {@code Content-Length} or chunked bodies, one {@code Set-Cookie}.
 */
final class Http1Connection implements AutoCloseable {
  private static final int TIMEOUT_MILLIS = 30_000;

  /** A response: status, the first {@code Set-Cookie} name=value (or ""), and the body. */
  record Response(int status, String cookie, String body) {}

  private final InetSocketAddress address;
  private final String hostHeader;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  Http1Connection(URI base) {
    this.address = new InetSocketAddress(base.getHost(), base.getPort());
    this.hostHeader = base.getHost() + ":" + base.getPort();
  }

  Response get(String path, String cookie) throws IOException {
    return exchange("GET", path, cookie, null);
  }

  Response postForm(String path, String cookie, String urlencoded) throws IOException {
    return exchange("POST", path, cookie, urlencoded.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Sends once; if a kept-alive connection turns out to be closed before any byte of the answer,
   * sends again on a new connection, as browsers do (the survey's forms are idempotent).
   */
  private Response exchange(String method, String path, String cookie, byte[] body)
      throws IOException {
    boolean reused = socket != null;
    try {
      return send(method, path, cookie, body);
    } catch (StaleConnection e) {
      close();
      if (!reused) {
        throw e;
      }
      return send(method, path, cookie, body);
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private Response send(String method, String path, String cookie, byte[] body) throws IOException {
    if (socket == null) {
      connect();
    }
    StringBuilder head = new StringBuilder(256);
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(hostHeader);
    if (!cookie.isEmpty()) {
      head.append("\r\nCookie: ").append(cookie);
    }
    if (body != null) {
      head.append("\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
          .append(body.length);
    }
    head.append("\r\n\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = body == null ? h : Arrays.copyOf(h, h.length + body.length);
    if (body != null) {
      System.arraycopy(body, 0, request, h.length, body.length);
    }
    out.write(request); // one write, one packet
    out.flush();
    return read();
  }

  private Response read() throws IOException {
    String statusLine = line(true);
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    String cookie = "";
    for (String h = line(false); !h.isEmpty(); h = line(false)) {
      int colon = h.indexOf(':');
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        case "set-cookie" -> {
          if (cookie.isEmpty()) {
            int semi = value.indexOf(';');
            cookie = semi < 0 ? value : value.substring(0, semi);
          }
        }
        default -> {
          // not needed
        }
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(chunked ? 16_384 : (int) length + 1);
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        copy(size, body);
        line(false);
      }
      while (!line(false).isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      copy(length, body);
    } else {
      in.transferTo(body);
      close = true;
    }
    if (close) {
      close();
    }
    return new Response(status, cookie, body.toString(StandardCharsets.UTF_8));
  }

  private long chunkSize() throws IOException {
    String l = line(false);
    int semi = l.indexOf(';');
    return Long.parseLong((semi < 0 ? l : l.substring(0, semi)).trim(), 16);
  }

  private void copy(long n, ByteArrayOutputStream to) throws IOException {
    byte[] buf = new byte[8192];
    while (n > 0) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, n));
      if (r < 0) {
        throw new EOFException("connection closed inside a response body");
      }
      to.write(buf, 0, r);
      n -= r;
    }
  }

  /** One CRLF-terminated line; {@code first}: the end of the stream here means a stale socket. */
  private String line(boolean first) throws IOException {
    StringBuilder b = new StringBuilder(64);
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        if (first && b.length() == 0) {
          throw new StaleConnection();
        }
        throw new EOFException("connection closed inside a response");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.setSoTimeout(TIMEOUT_MILLIS);
      s.connect(address, 5_000);
      in = new BufferedInputStream(s.getInputStream(), 16_384);
      out = s.getOutputStream();
      socket = s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }

  /** The server closed a kept-alive connection before answering; nothing was read. */
  private static final class StaleConnection extends EOFException {
    StaleConnection() {
      super("connection closed before the response");
    }
  }
}
