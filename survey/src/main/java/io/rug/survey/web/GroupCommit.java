package io.rug.survey.web;

import io.rug.survey.store.Receipt;
import io.rug.survey.store.SurveyStore;
import io.rug.survey.store.SurveyStore.NewSubmission;
import io.rug.survey.web.abuse.Rejected;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One writer thread stores the submissions that arrive while the previous transaction commits, all
 * in one transaction: with SQLite's fsync per commit, this turns ~100 commits/s into as many
 * submissions per commit as there are waiting respondents. A respondent is answered only after the
 * commit that holds their submission, so every acknowledgement is durable.
 */
public final class GroupCommit implements AutoCloseable {
  private static final int MAX_BATCH = 256;
  private final SurveyStore store;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(20_000);
  private final Thread writer;
  private volatile boolean running = true;

  private record Pending(NewSubmission item, CompletableFuture<Receipt> done) {}

  public GroupCommit(SurveyStore store) {
    this.store = store;
    this.writer = new Thread(this::writeLoop, "survey-group-commit");
    writer.setDaemon(true);
    writer.start();
  }

  /** Stores {@code item} and returns once it is committed. */
  public Receipt submit(NewSubmission item) {
    Pending p = new Pending(item, new CompletableFuture<>());
    try {
      if (!running || !queue.offer(p, 5, TimeUnit.SECONDS)) {
        throw busy();
      }
      return p.done.get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    } catch (TimeoutException e) {
      throw busy();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void writeLoop() {
    List<Pending> batch = new ArrayList<>();
    while (running) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
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

  private void write(List<Pending> batch) {
    try {
      List<Receipt> receipts = store.submitAll(batch.stream().map(Pending::item).toList());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).done.complete(receipts.get(i));
      }
    } catch (RuntimeException batchFailed) {
      for (Pending p : batch) { // one bad item must not fail its neighbours
        try {
          NewSubmission i = p.item;
          p.done.complete(
              store.submit(
                  i.questionnaireId(), i.version(), i.answers(), i.idempotencyKey(), i.origin()));
        } catch (RuntimeException e) {
          p.done.completeExceptionally(e);
        }
      }
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
    Pending p;
    while ((p = queue.poll()) != null) {
      p.done.completeExceptionally(busy());
    }
  }
}
