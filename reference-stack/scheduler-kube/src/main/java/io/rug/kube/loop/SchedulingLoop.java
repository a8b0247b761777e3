package io.rug.kube.loop;

import io.rug.kube.bind.CycleBinder;
import io.rug.kube.bind.Evictor;
import io.rug.kube.informer.CycleInput;
import io.rug.kube.informer.SnapshotBuilder;
import io.rug.kube.metrics.SchedulerMetrics;
import io.rug.kube.status.CycleReporter;
import io.rug.scheduler.core.CycleResult;
import io.rug.scheduler.core.Preemption;
import io.rug.scheduler.core.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that runs a cycle whenever the informers report a change or a binding finishes
 * (coalesced), and at least every {@code period}: snapshot → core → start bindings → evict →
 * report. Bindings run in the background (see {@link CycleBinder}). Only the leader cycles; a
 * replica that loses the Lease mid-cycle binds nothing.
 */
public final class SchedulingLoop implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SchedulingLoop.class);

  private final SnapshotBuilder snapshots;
  private final Scheduler scheduler;
  private final CycleBinder binder;
  private final Evictor evictor;
  private final CycleReporter reporter;
  private final SchedulerMetrics metrics;
  private final BooleanSupplier leader;
  private final BooleanSupplier synced;
  private final Duration period;
  private final LongSupplier clock;
  private final LinkedBlockingQueue<Boolean> wake = new LinkedBlockingQueue<>(1);
  private final AtomicLong lastAliveMillis = new AtomicLong(System.currentTimeMillis());
  private volatile boolean running;
  private Thread thread;

  public SchedulingLoop(
      SnapshotBuilder snapshots,
      Scheduler scheduler,
      CycleBinder binder,
      Evictor evictor,
      CycleReporter reporter,
      SchedulerMetrics metrics,
      BooleanSupplier leader,
      BooleanSupplier synced,
      Duration period,
      LongSupplier clock) {
    this.snapshots = snapshots;
    this.scheduler = scheduler;
    this.binder = binder;
    this.evictor = evictor;
    this.reporter = reporter;
    this.metrics = metrics;
    this.leader = leader;
    this.synced = synced;
    this.period = period;
    this.clock = clock;
  }

  /** Asks for a cycle soon; many calls before the next cycle cause one cycle. */
  public void trigger() {
    wake.offer(Boolean.TRUE);
  }

  public void start() {
    running = true;
    thread = new Thread(this::run, "rug-scheduling-loop");
    thread.setDaemon(true);
    thread.start();
  }

  /** True while the loop thread is alive and has come round within a few periods. */
  public boolean alive() {
    return thread != null
        && thread.isAlive()
        && System.currentTimeMillis() - lastAliveMillis.get()
            < Math.max(60_000, period.toMillis() * 5);
  }

  private void run() {
    while (running) {
      try {
        wake.poll(period.toMillis(), TimeUnit.MILLISECONDS);
        lastAliveMillis.set(System.currentTimeMillis());
        if (running && leader.getAsBoolean() && synced.getAsBoolean()) cycle();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("scheduling cycle failed; retrying next cycle", e);
      }
    }
  }

  /** One cycle; public so tests and benchmarks can drive the loop step by step. */
  public void cycle() {
    long t0 = System.nanoTime();
    long now = clock.getAsLong();
    List<CycleBinder.Finished> finished = binder.drain(); // results of earlier cycles' bindings
    CycleInput in = snapshots.build(now);
    metrics.pendingPods(in.pending().size());
    CycleResult r = scheduler.schedule(in.snapshot());
    if (leader.getAsBoolean()) { // a replica that lost the Lease while deciding binds nothing
      binder.submit(in, r.bindings(), now);
      for (Preemption p : r.preemptions()) evictor.evict(p);
    }
    reporter.report(in, r, finished);
    metrics.decisions("bind", r.bindings().size());
    metrics.decisions("preempt", r.preemptions().size());
    metrics.decisions("unschedulable", r.unschedulable().size());
    metrics.cycleNanos(System.nanoTime() - t0);
  }

  @Override
  public void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
