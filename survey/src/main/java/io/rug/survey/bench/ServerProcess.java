package io.rug.survey.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code rug serve} as a child process on a loopback port, so the benchmark can {@code kill -9} it
 * and start it again on the same data directory.
 */
final class ServerProcess implements AutoCloseable {
  private final List<String> command;
  private final Path log;
  private final int port;
  private final Map<String, String> environment;
  private Duration startTimeout = Duration.ofSeconds(60);
  private Process process;
  private Duration cpuOfEarlierProcesses = Duration.ZERO;

  /**
   * @param launch what starts {@code rug}: a JVM with its options and {@code -jar rug.jar}, or the
   *     {@code ./rug} launcher script
   * @param environment extra environment variables for the child (e.g. {@code RUG_JAVA_OPTS})
   */
  ServerProcess(
      List<String> launch,
      Map<String, String> environment,
      Path bookDir,
      Path dataDir,
      int port,
      Path log) {
    this.port = port;
    this.log = log;
    this.environment = Map.copyOf(environment);
    this.command = new ArrayList<>(launch);
    command.addAll(
        List.of(
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--book",
            bookDir.toAbsolutePath().toString(),
            "--data-dir",
            dataDir.toAbsolutePath().toString()));
  }

  /** {@code java [options] -jar JAR}: the fat jar on the given JVM. */
  static List<String> javaJar(String java, List<String> jvmOptions, Path jar) {
    List<String> launch = new ArrayList<>();
    launch.add(java);
    launch.addAll(jvmOptions);
    launch.add("-jar");
    launch.add(jar.toAbsolutePath().toString());
    return launch;
  }

  /** How long {@link #start} waits for the form. */
  ServerProcess startTimeout(Duration timeout) {
    this.startTimeout = timeout;
    return this;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /**
   * Starts the server and waits until it serves the survey form: up to 60 s, or longer when set
   * (the {@code ./rug} launcher may first build the jar or its class archive).
   */
  void start(HttpClient http, String formPath) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    process = builder.start();
    Instant deadline = Instant.now().plus(startTimeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("server exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(base().resolve(formPath))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100); // polling a child process for readiness; no other signal exists
    }
    throw new IOException(
        "server did not answer within " + startTimeout.toSeconds() + " s; see " + log);
  }

  /** SIGKILL: no shutdown hooks, no flushing; what was acknowledged must already be durable. */
  void killHard() throws InterruptedException {
    cpuOfEarlierProcesses = cpuTime();
    process.destroyForcibly();
    process.waitFor();
  }

  /** CPU time the server processes used so far, across restarts (zero where the OS hides it). */
  Duration cpuTime() {
    Duration now =
        process == null
            ? Duration.ZERO
            : process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    return cpuOfEarlierProcesses.plus(now);
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
