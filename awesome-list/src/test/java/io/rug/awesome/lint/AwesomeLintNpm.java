package io.rug.awesome.lint;

import static org.assertj.core.api.Assertions.fail;

import io.rug.awesome.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real awesome-lint 2.3.0 from npm, installed under target/ and run offline through
 * src/test/resources/awesome-lint-offline.mjs (its GitHub API rule removed).
 */
final class AwesomeLintNpm {
  static final String VERSION = "2.3.0";
  private final Path prefix;
  private final Path wrapper;

  AwesomeLintNpm(Path prefix, Path wrapper) {
    this.prefix = prefix;
    this.wrapper = wrapper;
  }

  /** Installs awesome-lint unless this exact version is already there; fails loudly otherwise. */
  void install() throws IOException, InterruptedException {
    Path pkg = prefix.resolve("node_modules/awesome-lint/package.json");
    if (Files.exists(pkg) && Files.readString(pkg).contains("\"version\": \"" + VERSION + "\"")) {
      return;
    }
    Files.createDirectories(prefix);
    run(
        List.of(
            "npm",
            "install",
            "--no-save",
            "--no-audit",
            "--no-fund",
            "--prefix",
            prefix.toString(),
            "awesome-lint@" + VERSION),
        Path.of("."),
        600);
    if (!Files.exists(pkg)) fail("npm install finished but %s is missing", pkg);
  }

  /** Lints each readme; returns, per readme path as given, awesome-lint's messages. */
  @SuppressWarnings("unchecked")
  Map<String, List<Map<String, Object>>> lint(List<Path> readmes)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("node", wrapper.toString(), prefix.toString()));
    readmes.forEach(r -> cmd.add(r.toString()));
    String out = run(cmd, Path.of("."), 300);
    return (Map<String, List<Map<String, Object>>>) Json.parse(out);
  }

  private static String run(List<String> cmd, Path dir, int timeoutSeconds)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("awesome-lint", ".log");
    Path stdout = Files.createTempFile("awesome-lint", ".out");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(log.toFile())
            .start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("%s timed out after %d s: %s", cmd, timeoutSeconds, Files.readString(log));
    }
    if (p.exitValue() != 0) {
      fail("%s failed (exit %d): %s", cmd, p.exitValue(), Files.readString(log));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
