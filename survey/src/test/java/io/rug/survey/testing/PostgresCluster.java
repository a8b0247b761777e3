package io.rug.survey.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension: a throwaway PostgreSQL cluster from Debian's binaries ({@code
 * /usr/lib/postgresql/N/bin}) in a temporary folder on a free loopback port, stopped and deleted
 * after the test class. As root the server runs as the {@code postgres} user (PostgreSQL refuses
 * root). Tests are skipped, with a message, only when no PostgreSQL binaries are installed.
 */
public final class PostgresCluster implements BeforeAllCallback, AfterAllCallback {
  private final AtomicInteger databases = new AtomicInteger();
  private Path bin;
  private Path dir;
  private int port;
  private boolean asPostgresUser;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Optional<Path> found = findBinaries();
    Assumptions.assumeTrue(
        found.isPresent(),
        "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin:"
            + " install Debian's postgresql package (.ci/run does) to run this test");
    bin = found.get();
    asPostgresUser = "root".equals(System.getProperty("user.name"));
    dir = Files.createTempDirectory("rug-pg-");
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    if (asPostgresUser) {
      run(List.of("chown", "postgres:postgres", dir.toString()), false);
    }
    Path data = dir.resolve("data");
    run(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            data.toString(),
            "-U",
            "rug",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync"),
        true);
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-w",
            "-t",
            "60",
            "-l",
            dir.resolve("log.txt").toString(),
            "-o",
            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
            "start"),
        true);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (dir == null) {
      return;
    }
    try {
      run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-m",
              "immediate",
              "-w",
              "stop"),
          true);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A new empty database on the cluster, as a JDBC URL. */
  public String newDatabase() throws Exception {
    String name = "rug_test_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"));
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  private String url(String db) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + db + "?user=rug";
  }

  private void run(List<String> command, boolean postgresUser) throws Exception {
    List<String> cmd = new ArrayList<>();
    if (postgresUser && asPostgresUser) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    Path log = Files.createTempFile("rug-pg-cmd", ".log");
    try {
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", cmd));
      }
      if (p.exitValue() != 0) {
        throw new IOException(
            String.join(" ", cmd) + " failed (" + p.exitValue() + "):\n" + Files.readString(log));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static Optional<Path> findBinaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(
              b ->
                  Files.isExecutable(b.resolve("initdb"))
                      && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(Path::toString));
    }
  }
}
