package io.rug.kube.leader;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs fabric8's {@code LeaderElector} on a Lease. {@link #isLeader()} gates every binding; when
 * leadership is lost the elector tries again, so a replica that lost a renewal can lead later.
 */
public final class LeaderElection implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LeaderElection.class);

  private final KubernetesClient client;
  private final LeaseSettings settings;
  private final Runnable onChange;
  private final AtomicBoolean leader = new AtomicBoolean();
  private final AtomicReference<String> currentLeader = new AtomicReference<>("");
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile CompletableFuture<?> election;

  /** {@code onChange} runs when this replica starts or stops leading. */
  public LeaderElection(KubernetesClient client, LeaseSettings settings, Runnable onChange) {
    this.client = client;
    this.settings = settings;
    this.onChange = onChange;
  }

  public void start() {
    running.set(true);
    campaign();
  }

  private void campaign() {
    if (!running.get()) return;
    var config =
        new LeaderElectionConfigBuilder()
            .withName(settings.name())
            .withLock(new LeaseLock(settings.namespace(), settings.name(), settings.identity()))
            .withLeaseDuration(settings.leaseDuration())
            .withRenewDeadline(settings.renewDeadline())
            .withRetryPeriod(settings.retryPeriod())
            .withReleaseOnCancel(true)
            .withLeaderCallbacks(
                new LeaderCallbacks(this::startedLeading, this::stoppedLeading, currentLeader::set))
            .build();
    election = client.leaderElector().withConfig(config).build().start();
    election.whenComplete(
        (v, e) -> {
          if (running.get()) campaign(); // lost the lease: stand again
        });
  }

  private void startedLeading() {
    log.info("{} is now the leader", settings.identity());
    leader.set(true);
    onChange.run();
  }

  private void stoppedLeading() {
    if (leader.getAndSet(false)) log.info("{} stopped leading", settings.identity());
    onChange.run();
  }

  public boolean isLeader() {
    return leader.get();
  }

  public String currentLeader() {
    return currentLeader.get();
  }

  public String identity() {
    return settings.identity();
  }

  @Override
  public void close() {
    running.set(false);
    leader.set(false);
    CompletableFuture<?> e = election;
    if (e != null) e.cancel(true);
  }
}
