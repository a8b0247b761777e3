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

/**
 * {@code rug serve} as a child process on a loopback port, so the benchmark can {@code kill -9} it
 * and start it again on the same data directory.
 */
final class ServerProcess implements AutoCloseable {
  private final List<String> command;
  private final Path log;
  private final int port;
  private Process process;
  private Duration cpuOfEarlierProcesses = Duration.ZERO;

  ServerProcess(Path jar, List<String> jvmOptions, Path bookDir, Path dataDir, int port, Path log) {
    this.port = port;
    this.log = log;
    this.command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--book",
            bookDir.toString(),
            "--data-dir",
            dataDir.toString()));
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Starts the server and waits (up to 60 s) until it serves the survey form. */
  void start(HttpClient http, String formPath) throws IOException, InterruptedException {
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    Instant deadline = Instant.now().plusSeconds(60);
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
    throw new IOException("server did not answer within 60 s; see " + log);
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
