package io.rug.kube.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthServerIT {
  private final AtomicBoolean ready = new AtomicBoolean();
  private final SchedulerMetrics metrics = new SchedulerMetrics(() -> true);
  private HealthServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesPrometheusMetricsAndProbes() throws Exception {
    server = new HealthServer(0, metrics::scrape, () -> true, ready::get).start();
    metrics.pendingPods(7);
    metrics.queueShare("physics", 0.25);
    metrics.bindLatencyNanos(3_000_000);
    metrics.decisions("bind", 4);

    HttpResponse<String> m = get("/metrics");
    assertThat(m.statusCode()).isEqualTo(200);
    assertThat(m.body())
        .contains("rug_scheduler_pending_pods 7.0")
        .contains("rug_scheduler_queue_share{queue=\"physics\"} 0.25")
        .contains("rug_scheduler_binding_latency_seconds_count 1")
        .contains("rug_scheduler_decisions_total{type=\"bind\"} 4.0")
        .contains("rug_scheduler_leader 1.0");
    assertThat(get("/healthz").statusCode()).isEqualTo(200);
    assertThat(get("/readyz").statusCode()).isEqualTo(503);
    ready.set(true);
    assertThat(get("/readyz").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
