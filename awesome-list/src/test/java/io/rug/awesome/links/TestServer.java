package io.rug.awesome.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a random port with the answers the link checker must handle: 200, 301, 404,
 * 405 for HEAD, 429 with Retry-After (once), and a response that never comes in time.
 */
final class TestServer implements AutoCloseable {
  final List<String> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final AtomicInteger limitedCalls = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    requests.add(method + " " + path);
    switch (path) {
      case "/ok" -> send(ex, 200);
      case "/moved" -> {
        ex.getResponseHeaders().add("Location", "/ok");
        send(ex, 301);
      }
      case "/missing" -> send(ex, 404);
      case "/no-head" -> send(ex, method.equals("HEAD") ? 405 : 200);
      case "/limited" -> {
        if (limitedCalls.getAndIncrement() == 0) {
          ex.getResponseHeaders().add("Retry-After", "7");
          send(ex, 429);
        } else {
          send(ex, 200);
        }
      }
      case "/always-limited" -> {
        ex.getResponseHeaders().add("Retry-After", "3600");
        send(ex, 429);
      }
      case "/slow" -> {
        try {
          release.await(30, TimeUnit.SECONDS); // answers only when the test is over
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        send(ex, 200);
      }
      default -> send(ex, 404);
    }
  }

  private static void send(HttpExchange ex, int status) throws IOException {
    ex.sendResponseHeaders(status, -1);
    ex.close();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
