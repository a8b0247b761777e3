package io.rug.kube.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The scheduler's Prometheus metrics: pending pods, decisions, binding outcomes and latency, cycle
 * time, leadership and each queue's dominant share of the cluster.
 */
public final class SchedulerMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final AtomicLong pending = new AtomicLong();
  private final Map<String, AtomicLong> queueShareMicros = new ConcurrentHashMap<>();
  private final Timer bindLatency;
  private final Timer cycleTime;

  public SchedulerMetrics(BooleanSupplier leader) {
    Gauge.builder("rug_scheduler_pending_pods", pending, AtomicLong::get)
        .description("Pods waiting for this scheduler")
        .register(registry);
    Gauge.builder("rug_scheduler_leader", () -> leader.getAsBoolean() ? 1 : 0)
        .description("1 if this replica holds the Lease")
        .register(registry);
    bindLatency =
        Timer.builder("rug_scheduler_binding_latency")
            .description("Time to bind one pod, retries included")
            .publishPercentileHistogram()
            .maximumExpectedValue(Duration.ofSeconds(30))
            .register(registry);
    cycleTime =
        Timer.builder("rug_scheduler_cycle")
            .description("Time of one scheduling cycle, binding included")
            .publishPercentileHistogram()
            .maximumExpectedValue(Duration.ofSeconds(60))
            .register(registry);
  }

  public void pendingPods(long n) {
    pending.set(n);
  }

  public void decisions(String type, long n) {
    if (n > 0) counter("rug_scheduler_decisions", "type", type).increment(n);
  }

  public void bindResult(String result) {
    counter("rug_scheduler_bind_results", "result", result).increment();
  }

  public void bindLatencyNanos(long nanos) {
    bindLatency.record(nanos, TimeUnit.NANOSECONDS);
  }

  public void cycleNanos(long nanos) {
    cycleTime.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** A queue's dominant share of the cluster, 0..1. */
  public void queueShare(String queue, double share) {
    queueShareMicros
        .computeIfAbsent(
            queue,
            q -> {
              AtomicLong v = new AtomicLong();
              Gauge.builder("rug_scheduler_queue_share", v, a -> a.get() / 1e6)
                  .description("Dominant share of the cluster used by the queue")
                  .tag("queue", q)
                  .register(registry);
              return v;
            })
        .set(Math.round(share * 1e6));
  }

  private Counter counter(String name, String tag, String value) {
    return Counter.builder(name).tag(tag, value).register(registry);
  }

  /** The Prometheus text exposition. */
  public String scrape() {
    return registry.scrape();
  }
}
