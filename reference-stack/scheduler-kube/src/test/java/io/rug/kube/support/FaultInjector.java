package io.rug.kube.support;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Wraps the mock API server's CRUD dispatcher and answers chosen requests with errors or delays:
 * {@link #failBefore} rejects without applying (a clean 409/500), {@link #failAfter} applies the
 * request and then reports an error (the ambiguous case), {@link #slow} applies and answers late.
 */
public final class FaultInjector extends Dispatcher {
  private record Rule(
      Predicate<RecordedRequest> match, AtomicInteger left, Mode mode, int code, Duration delay) {}

  private enum Mode {
    BEFORE,
    AFTER,
    SLOW
  }

  private final Dispatcher delegate;
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final AtomicInteger injected = new AtomicInteger();

  public FaultInjector(Dispatcher delegate) {
    this.delegate = delegate;
  }

  public void failBefore(Predicate<RecordedRequest> match, int times, int code) {
    rules.add(new Rule(match, new AtomicInteger(times), Mode.BEFORE, code, Duration.ZERO));
  }

  public void failAfter(Predicate<RecordedRequest> match, int times, int code) {
    rules.add(new Rule(match, new AtomicInteger(times), Mode.AFTER, code, Duration.ZERO));
  }

  public void slow(Predicate<RecordedRequest> match, int times, Duration delay) {
    rules.add(new Rule(match, new AtomicInteger(times), Mode.SLOW, 0, delay));
  }

  /**
   * The process behind the client with this {@code User-Agent} (see {@link MockApi#newClient(int,
   * String)}) is gone: every request it still sends is answered 503 and never applied. Tests use
   * this to simulate a crash, because closing a client under open watches sometimes stalls
   * fabric8's mock server for every client.
   */
  public void cutOff(String userAgent) {
    failBefore(r -> userAgent.equals(r.getHeader("User-Agent")), Integer.MAX_VALUE, 503);
  }

  public void clear() {
    rules.clear();
  }

  /** How many requests were answered with a fault so far. */
  public int injected() {
    return injected.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    for (Rule r : rules) {
      if (r.match().test(request) && r.left().getAndDecrement() > 0) {
        injected.incrementAndGet();
        return switch (r.mode()) {
          case BEFORE -> error(r.code());
          case AFTER -> {
            delegate.dispatch(request);
            yield error(r.code());
          }
          case SLOW -> delegate.dispatch(request).setBodyDelay(r.delay());
        };
      }
    }
    return delegate.dispatch(request);
  }

  private static MockResponse error(int code) {
    String body =
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":"
            + code
            + ",\"message\":\"injected fault "
            + code
            + "\",\"reason\":\""
            + (code == 409 ? "Conflict" : "InternalError")
            + "\"}";
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  @Override
  public void shutdown() {
    delegate.shutdown();
  }

  /** Matches pod writes (PUT/PATCH/POST) whose path ends with the pod name. */
  public static Predicate<RecordedRequest> podWrite() {
    return r ->
        !"GET".equals(r.getMethod())
            && r.getPath() != null
            && r.getPath().matches("/api/v1/namespaces/[^/]+/pods/[^/?]+(\\?.*)?");
  }
}
