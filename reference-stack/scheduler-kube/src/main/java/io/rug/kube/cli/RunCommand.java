package io.rug.kube.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.rug.kube.bind.BindingSubresourceBinder;
import io.rug.kube.informer.NamespaceSelector;
import io.rug.kube.leader.LeaseSettings;
import io.rug.kube.loop.KubeScheduler;
import io.rug.kube.loop.SchedulerSettings;
import io.rug.kube.metrics.HealthServer;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rug scheduler run}: schedules pods until stopped (SIGTERM releases the Lease). */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Schedule pods whose spec.schedulerName is --scheduler-name, next to kube-scheduler.",
      "Accepts Volcano PodGroups and Queues (scheduling.volcano.sh/v1beta1) and",
      "scheduler-plugins PodGroups (scheduling.x-k8s.io/v1alpha1); the annotation",
      "rug.io/runtime-estimate (e.g. 2h) feeds backfill. Two replicas elect a leader",
      "with a Lease. Serves /metrics, /healthz and /readyz on --metrics-port."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped cleanly", "2:usage error, unreadable kubeconfig or no cluster"})
public final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description =
          "kubeconfig to use (default: in-cluster service account, then $KUBECONFIG, then ~/.kube/config)")
  Path kubeconfig;

  @Option(
      names = "--scheduler-name",
      defaultValue = "rug-scheduler",
      description = "pods with this spec.schedulerName are ours (default: ${DEFAULT-VALUE})")
  String schedulerName;

  @Option(
      names = "--namespace-selector",
      defaultValue = "",
      paramLabel = "SELECTOR",
      description =
          "only schedule pods in namespaces with these labels, e.g. 'rug.io/batch=true,tier!=test' (default: all)")
  String namespaceSelector;

  @Option(
      names = "--metrics-port",
      defaultValue = "9090",
      description =
          "port for /metrics, /healthz and /readyz; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int metricsPort;

  @Option(
      names = "--lease-namespace",
      defaultValue = "${env:POD_NAMESPACE:-kube-system}",
      description =
          "namespace of the leader-election Lease (default: $POD_NAMESPACE or kube-system)")
  String leaseNamespace;

  @Option(
      names = "--identity",
      defaultValue = "${env:POD_NAME}",
      description = "Lease holder identity (default: $POD_NAME, else the host name)")
  String identity;

  @Option(
      names = "--policy",
      defaultValue = "default",
      description =
          "scheduler-core policy: default, fcfs, easy, conservative (default: ${DEFAULT-VALUE})")
  String policy;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    NamespaceSelector selector;
    Config config;
    try {
      selector = NamespaceSelector.parse(namespaceSelector);
      io.rug.scheduler.core.Policy.named(policy);
      config = config();
    } catch (IOException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("rug scheduler run: error: " + e.getMessage());
      return 2;
    }
    String id =
        identity == null || identity.isBlank()
            ? InetAddress.getLocalHost().getHostName()
            : identity;
    SchedulerSettings settings =
        SchedulerSettings.defaults(
                schedulerName, LeaseSettings.defaults(leaseNamespace, schedulerName, id))
            .withNamespaces(selector)
            .withPolicy(policy);
    try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
      KubeScheduler scheduler =
          new KubeScheduler(client, new BindingSubresourceBinder(client), settings);
      try (HealthServer health =
          new HealthServer(
                  metricsPort, scheduler.metrics()::scrape, scheduler::healthy, scheduler::ready)
              .start()) {
        System.err.printf(
            "rug scheduler: %s as %s, metrics on :%d%n", schedulerName, id, health.port());
        Thread hook = new Thread(stopped::countDown, "rug-scheduler-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
          scheduler.start();
          stopped.await();
        } catch (IllegalStateException e) { // the initial lists kept failing: wrong or no cluster
          spec.commandLine().getErr().println("rug scheduler run: error: " + e.getMessage());
          return 2;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          scheduler.close(); // releases the Lease so the other replica takes over at once
        }
      }
    }
    return 0;
  }

  /** Stops a running {@link #call()} (as SIGTERM does). */
  public void stop() {
    stopped.countDown();
  }

  private Config config() throws IOException {
    if (kubeconfig == null) return Config.autoConfigure(null);
    if (!Files.isReadable(kubeconfig)) {
      throw new IOException("cannot read kubeconfig " + kubeconfig);
    }
    try {
      return Config.fromKubeconfig(null, kubeconfig.toFile());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "invalid kubeconfig " + kubeconfig + ": " + e.getMessage(), e);
    }
  }
}
