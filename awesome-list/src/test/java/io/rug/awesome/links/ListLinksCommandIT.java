package io.rug.awesome.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.awesome.cli.ListCommand;
import io.rug.awesome.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rug list links} end to end against a local server: output, JSON, cache, exit codes. */
class ListLinksCommandIT {
  @TempDir Path dir;
  private TestServer server;
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = new CommandLine(new ListCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private Path list(String... paths) throws Exception {
    StringBuilder md = new StringBuilder("# Awesome Test\n\n## Tools\n\n");
    for (String p : paths) md.append("- [T](").append(server.url(p)).append(") - Tool.\n");
    Path f = dir.resolve("README.md");
    Files.writeString(f, md.toString());
    return f;
  }

  @Test
  void exitsOneAndNamesTheBrokenLinkWithItsLine() throws Exception {
    Path f = list("/ok", "/missing", "/moved");
    int code = run("links", f.toString(), "--cache", dir.resolve("c.json").toString());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains(f + ":6  BROKEN 404  " + server.url("/missing"))
        .contains(f + ":7  REDIRECTED 200  " + server.url("/moved") + "  -> " + server.url("/ok"))
        .doesNotContain("/ok  ");
    assertThat(err.toString()).contains("checked 3/3 links").contains("1 broken");
  }

  @Test
  void exitsZeroWhenAllLinksWorkAndTheSecondRunUsesTheCache() throws Exception {
    Path f = list("/ok", "/no-head");
    Path cache = dir.resolve("c.json");
    assertThat(run("links", f.toString(), "--cache", cache.toString())).isZero();
    server.requests.clear();
    assertThat(run("links", f.toString(), "--cache", cache.toString(), "--json")).isZero();
    assertThat(server.requests).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Json.parse(out.toString().trim());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) json.get("results");
    assertThat(results).hasSize(2).allMatch(r -> Boolean.TRUE.equals(r.get("cached")));
    assertThat(json.get("broken")).isEqualTo(0L);
  }

  @Test
  void exitsTwoForAMissingListOrACorruptCache() throws Exception {
    assertThat(run("links", dir.resolve("none.md").toString())).isEqualTo(2);
    Path f = list("/ok");
    Path cache = dir.resolve("bad.json");
    Files.writeString(cache, "{not json");
    assertThat(run("links", f.toString(), "--cache", cache.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("corrupt link cache");
  }
}
