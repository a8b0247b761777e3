package io.rug.survey.web;

import io.rug.survey.web.abuse.Rejected;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One writer thread stores the submissions that arrive while the previous transaction commits, all
 * in one transaction: with SQLite's fsync per commit, this turns ~100 commits/s into as many
 * submissions per commit as there are waiting respondents. The writer takes whatever is queued the
 * moment it is free (no timer, no minimum batch). A respondent is answered only after the commit
 * that holds their submission, so every acknowledgement is durable.
 *
 * <p>Every respondent waits for this one thread, so it only writes: callers check their items
 * before {@link #submitAsync} (on their own threads), and the writer hands each result to the
 * {@code completions} executor, where whatever waits for it (a response to write) runs. No request
 * thread is held while its submission waits: the writer then competes for the CPU with a bounded
 * number of request threads, not with one blocked thread per respondent.
 *
 * @param <T> a submission ready to write
 * @param <R> what a write returns for it (the receipt)
 */
public final class GroupCommit<T, R> implements AutoCloseable {
  static final int MAX_BATCH = 256;

  /** The writes group commit makes, each one transaction committed before it returns. */
  public interface Writer<T, R> {
    /** Writes all items in one transaction; results in the items' order. */
    List<R> writeAll(List<T> items);
  }

  private final Writer<T, R> store;
  private final Executor completions;
  private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>(20_000);
  private final Thread writer;
  private volatile boolean running = true;

  private record Pending<T, R>(T item, CompletableFuture<R> done) {}

  public GroupCommit(Writer<T, R> store, Executor completions) {
    this.store = store;
    this.completions = completions;
    this.writer = new Thread(this::writeLoop, "survey-group-commit");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Queues {@code item}; the future completes (on the completions executor) once its transaction
   * has committed, or fails with 503 Busy when the queue is full, the writer is closed, or no
   * commit came within 60 s.
   */
  public CompletableFuture<R> submitAsync(T item) {
    Pending<T, R> p = new Pending<>(item, new CompletableFuture<>());
    if (!running || !queue.offer(p)) {
      return CompletableFuture.failedFuture(busy());
    }
    return p.done
        .orTimeout(60, TimeUnit.SECONDS)
        .exceptionally(
            e -> {
              Throwable cause =
                  e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
              if (cause instanceof TimeoutException) {
                throw busy();
              }
              throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
            });
  }

  /** Submissions waiting for the writer (not counting the batch it is writing). */
  int queued() {
    return queue.size();
  }

  private void writeLoop() {
    List<Pending<T, R>> batch = new ArrayList<>();
    while (running) {
      try {
        Pending<T, R> first = queue.poll(200, TimeUnit.MILLISECONDS); // wakes at once on an offer
        if (first == null) {
          continue; // idle: look at `running` again
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } finally {
        batch.clear();
      }
    }
  }

  private void write(List<Pending<T, R>> batch) {
    try {
      List<R> results = store.writeAll(batch.stream().map(Pending::item).toList());
      for (int i = 0; i < batch.size(); i++) {
        complete(batch.get(i), results.get(i), null);
      }
    } catch (RuntimeException batchFailed) {
      for (Pending<T, R> p : batch) { // one bad item must not fail its neighbours
        try {
          complete(p, store.writeAll(List.of(p.item)).get(0), null);
        } catch (RuntimeException e) {
          complete(p, null, e);
        }
      }
    }
  }

  private void complete(Pending<T, R> p, R result, RuntimeException failure) {
    Runnable answer =
        () -> {
          if (failure == null) {
            p.done.complete(result);
          } else {
            p.done.completeExceptionally(failure);
          }
        };
    try {
      completions.execute(answer);
    } catch (RejectedExecutionException shutDown) {
      answer.run();
    }
  }

  private static Rejected busy() {
    return new Rejected(
        503, "Busy", "The survey is busy storing other answers. Send the form again in a minute.");
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    writer.join(10_000);
    Pending<T, R> p;
    while ((p = queue.poll()) != null) {
      p.done.completeExceptionally(busy());
    }
  }
}
