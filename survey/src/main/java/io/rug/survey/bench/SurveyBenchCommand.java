package io.rug.survey.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rug bench survey}: concurrent respondents against a local {@code rug serve} child process,
 * then a check that every acknowledged submission is stored exactly once. With {@code --kill}, the
 * server is killed with SIGKILL halfway and restarted on the same data directory.
 */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description = {
      "Load-tests survey submission on loopback: N concurrent respondents for a bounded time,",
      "then verifies every acknowledged submission is stored exactly once. Prints throughput",
      "and p50/p99 latency of the submit request. The server runs as a child process",
      "(./rug serve, as people start it) on a fresh data directory whose survey-web.properties raises",
      "the per-IP rate limit and drops the minimum fill time (all clients share 127.0.0.1)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all acknowledged submissions stored once",
      "1:lost or duplicated",
      "2:usage"
    })
public final class SurveyBenchCommand implements Callable<Integer> {

  @Option(
      names = "--clients",
      defaultValue = "200",
      description = "Concurrent respondents (1-1000, default ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      description = "Load duration, 1-600 s (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      description = {
        "Load before the measured window, 0-600 s (default ${DEFAULT-VALUE}): the server's JIT",
        "compiler is still at work then. Left out of latency and throughput, not out of the",
        "stored-exactly-once check."
      })
  int warmupSeconds;

  @Option(
      names = "--max-submissions",
      defaultValue = "1000000",
      description = "Upper bound on submissions (default ${DEFAULT-VALUE}).")
  long maxSubmissions;

  @Option(
      names = "--think-millis",
      defaultValue = "0",
      description = {
        "Pause between loading and sending the form (default ${DEFAULT-VALUE}: send at once,",
        "which measures saturation). The server's minimum fill time is set to this value."
      })
  long thinkMillis;

  @Option(names = "--kill", description = "SIGKILL the server halfway, restart it, keep loading.")
  boolean kill;

  @Option(
      names = "--jar",
      description = {
        "Start the server as java -jar JAR instead of through the launcher (e.g. to compare an",
        "older build). Default: tools/target/rug.jar."
      })
  Path jar;

  @Option(
      names = "--launcher",
      defaultValue = "./rug",
      description = {
        "Start the server as LAUNCHER serve, the way people start it, so it runs with the JVM",
        "settings the launcher gives rug serve. Default: ${DEFAULT-VALUE} when it exists and",
        "neither --jar nor --server-java is given; 'none' starts java -jar",
        "tools/target/rug.jar. --server-jvm-option values reach the launcher as RUG_JAVA_OPTS."
      })
  String launcher;

  @Option(
      names = "--server-java",
      description = "The java executable for the server (default: the one running the benchmark).")
  Path serverJava;

  @Option(
      names = "--book",
      defaultValue = "book",
      description = "Book folder the server loads (default ${DEFAULT-VALUE}).")
  Path book;

  @Option(
      names = "--data-dir",
      description = "Server data directory (default: a fresh temporary one).")
  Path dataDir;

  @Option(
      names = "--questionnaire",
      defaultValue = "org-index",
      description = "Form to submit (default ${DEFAULT-VALUE}).")
  String questionnaire;

  @Option(
      names = "--server-jvm-option",
      description = {
        "A JVM flag for the server child process, repeatable (e.g. to profile it:",
        "--server-jvm-option=-XX:StartFlightRecording=filename=server.jfr)."
      })
  List<String> serverJvmOptions = new ArrayList<>();

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (clients < 1
        || clients > 1000
        || seconds < 1
        || seconds > 600
        || warmupSeconds < 0
        || warmupSeconds > 600
        || maxSubmissions < 1
        || thinkMillis < 0
        || thinkMillis > 600_000) {
      System.err.println(
          "rug bench survey: --clients 1-1000, --seconds 1-600, --warmup-seconds 0-600,"
              + " --max-submissions >= 1");
      return 2;
    }
    Path launcherScript =
        jar == null && serverJava == null && !"none".equals(launcher) ? Path.of(launcher) : null;
    if (launcherScript != null && !Files.isExecutable(launcherScript)) {
      if (!"./rug".equals(launcher)) {
        System.err.println("rug bench survey: no executable launcher at " + launcher);
        return 2;
      }
      launcherScript = null; // the default launcher is not here: start the jar directly
    }
    Path fatJar = jar != null ? jar : Path.of("tools/target/rug.jar");
    if (launcherScript == null && !Files.isRegularFile(fatJar)) {
      System.err.println(
          "rug bench survey: no jar at "
              + fatJar
              + " (build it: ./mvnw -q -B -DskipTests package -pl tools -am)");
      return 2;
    }
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("rug-bench-survey");
    prepareDataDir(dir, thinkMillis);
    int port = freePort();
    Path log = dir.resolve("server.log");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    String formPath = "/survey/" + questionnaire;
    boolean keep = false;
    List<String> launch;
    Map<String, String> environment = new HashMap<>();
    if (launcherScript != null) {
      launch = List.of(launcherScript.toAbsolutePath().toString());
      if (!serverJvmOptions.isEmpty()) {
        environment.put("RUG_JAVA_OPTS", String.join(" ", serverJvmOptions));
      }
    } else {
      String java =
          serverJava != null
              ? serverJava.toString()
              : Path.of(System.getProperty("java.home"), "bin", "java").toString();
      launch = ServerProcess.javaJar(java, serverJvmOptions, fatJar);
    }
    PrintStream err = System.err;
    err.printf("rug bench survey: starting the server: %s serve%n", String.join(" ", launch));
    try (ServerProcess server =
        new ServerProcess(launch, environment, book, dir, port, log)
            .startTimeout(Duration.ofSeconds(launcherScript != null ? 300 : 60))) {
      server.start(http, formPath);
      err.printf(
          "rug bench survey: server pid %d on %s, data in %s%n", server.pid(), server.base(), dir);
      err.printf(
          "rug bench survey: %d clients: %d s warm-up (excluded from the figures), then %d s"
              + " measured%s%n",
          clients, warmupSeconds, seconds, kill ? ", kill -9 halfway through" : "");
      Runnable midway =
          kill
              ? () -> {
                try {
                  err.printf("rug bench survey: kill -9 %d%n", server.pid());
                  server.killHard();
                  server.start(http, formPath);
                  err.printf("rug bench survey: restarted as pid %d%n", server.pid());
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException("restart failed: " + e.getMessage(), e);
                }
              }
              : null;
      Duration[] atStart = new Duration[2]; // server and client CPU when the window opens
      LoadRun.Outcome outcome =
          new LoadRun(server.base(), formPath, clients, thinkMillis)
              .run(
                  Duration.ofSeconds(warmupSeconds),
                  Duration.ofSeconds(seconds),
                  maxSubmissions,
                  () -> {
                    atStart[0] = server.cpuTime();
                    atStart[1] = CpuUse.ofThisProcess();
                  },
                  midway);
      CpuUse cpu =
          new CpuUse(server.cpuTime().minus(atStart[0]), CpuUse.ofThisProcess().minus(atStart[1]));
      server.close();
      StoredCheck.Result check = StoredCheck.verify(dir, questionnaire, outcome.acks());
      BenchReport.print(outcome, check, cpu, clients, warmupSeconds, kill, json);
      keep = outcome.failures() > 0 || check.lost() > 0 || check.duplicated() > 0;
      return check.lost() == 0 && check.duplicated() == 0 ? 0 : 1;
    } finally {
      if (dataDir == null && !keep) {
        deleteTree(dir);
      } else {
        err.println("rug bench survey: kept " + dir + " (server.log, database) for inspection");
      }
    }
  }

  /**
   * Writes the data directory's survey-web.properties for a loopback load test: all clients share
   * 127.0.0.1, so the per-IP rate limit is raised and the minimum fill time set to the think time.
   */
  private static void prepareDataDir(Path dir, long thinkMillis) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("survey-web.properties"),
        "# written by rug bench survey: loopback load test\n"
            + "rate-limit.per-minute=10000000\nrate-limit.burst=100000\nmin-fill-millis="
            + thinkMillis
            + "\n");
  }

  private static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
