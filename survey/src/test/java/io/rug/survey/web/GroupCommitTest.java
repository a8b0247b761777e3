package io.rug.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
  private final ExecutorService respondents = Executors.newCachedThreadPool();
  private final List<List<String>> transactions = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstEntered = new CountDownLatch(1);
  private final CountDownLatch releaseFirst = new CountDownLatch(1);
  private GroupCommit<String, String> commit;

  /** A store whose first transaction waits for the test; items named "bad…" fail. */
  private List<String> writeAll(List<String> items) {
    if (transactions.isEmpty()) {
      transactions.add(List.copyOf(items));
      firstEntered.countDown();
      try {
        releaseFirst.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      transactions.add(List.copyOf(items));
    }
    if (items.stream().anyMatch(i -> i.startsWith("bad"))) {
      throw new IllegalArgumentException("bad item");
    }
    return items.stream().map(i -> "receipt " + i).toList();
  }

  @AfterEach
  void stop() throws InterruptedException {
    releaseFirst.countDown();
    if (commit != null) {
      commit.close();
    }
    respondents.shutdownNow();
  }

  private CompletableFuture<String> submitAsync(String item) {
    return commit.submitAsync(item);
  }

  private void fiveSubmitWhileTheFirstCommitIsRunning(List<String> items) throws Exception {
    commit = new GroupCommit<>(this::writeAll, respondents);
    CompletableFuture<String> first = submitAsync("first");
    assertThat(firstEntered.await(30, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<String>> later = new ArrayList<>();
    for (String item : items) {
      later.add(submitAsync(item));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> commit.queued() == items.size());
    assertThat(first).isNotDone(); // not acknowledged before its transaction returns
    releaseFirst.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("receipt first");
    results.clear();
    for (CompletableFuture<String> f : later) {
      try {
        results.add(f.join());
      } catch (CompletionException e) {
        results.add("failed: " + e.getCause().getMessage());
      }
    }
  }

  private final List<String> results = new ArrayList<>();

  @Test
  void submissionsArrivingDuringACommitAreWrittenTogetherInTheNextTransaction() throws Exception {
    List<String> items = List.of("a", "b", "c", "d", "e");
    fiveSubmitWhileTheFirstCommitIsRunning(items);

    assertThat(transactions).hasSize(2);
    assertThat(transactions.get(0)).containsExactly("first");
    assertThat(transactions.get(1)).containsExactlyInAnyOrderElementsOf(items);
    assertThat(results)
        .containsExactly("receipt a", "receipt b", "receipt c", "receipt d", "receipt e");
  }

  @Test
  void oneFailingSubmissionDoesNotFailTheOthersOfItsBatch() throws Exception {
    fiveSubmitWhileTheFirstCommitIsRunning(List.of("a", "b", "bad c", "d", "e"));

    assertThat(results)
        .containsExactly("receipt a", "receipt b", "failed: bad item", "receipt d", "receipt e");
  }

  @Test
  void theWriterHandsEachAnswerToTheCompletionsExecutor() throws Exception {
    ExecutorService confirmer =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "confirmer under test"));
    try {
      commit = new GroupCommit<>(this::writeAll, confirmer);
      CompletableFuture<String> answeredOn =
          commit.submitAsync("first").thenApply(r -> Thread.currentThread().getName());
      assertThat(firstEntered.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(answeredOn).isNotDone(); // no answer before the commit, no thread waiting
      releaseFirst.countDown();

      assertThat(answeredOn.get(30, TimeUnit.SECONDS)).isEqualTo("confirmer under test");
    } finally {
      confirmer.shutdownNow();
    }
  }

  @Test
  void aClosedGroupCommitRefusesNewSubmissions() throws Exception {
    commit = new GroupCommit<>(this::writeAll, respondents);
    releaseFirst.countDown();
    assertThat(commit.submitAsync("first").get(30, TimeUnit.SECONDS)).isEqualTo("receipt first");
    commit.close();

    assertThat(commit.submitAsync("late"))
        .failsWithin(Duration.ZERO)
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(io.rug.survey.web.abuse.Rejected.class);
  }
}
