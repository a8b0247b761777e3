package io.rug.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousBuildTest {
  @TempDir Path root;
  final List<String> produced = new ArrayList<>();

  /** A section with two keyed pages whose keys (and content) the test sets. */
  private SiteSection section(String keyA, String keyB) {
    return new SiteSection() {
      public String navTitle() {
        return "T";
      }

      public String navPath() {
        return "t";
      }

      public void addRoutes(io.javalin.config.JavalinConfig config) {}

      @Override
      public void exportStatic(StaticSite site) throws IOException {
        site.write("a/index.html", keyA, () -> produce("a", keyA));
        site.write("b.html", keyB, () -> produce("b", keyB));
        site.write("plain.txt", "always".getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  private byte[] produce(String page, String key) {
    produced.add(page);
    return (page + " made from " + key).getBytes(StandardCharsets.UTF_8);
  }

  private StaticBuild build(SiteSection section, PreviousBuild.Linker linker) {
    return new StaticBuild(
        List.of(section),
        new Assets(),
        (t, p, b) -> b,
        "/",
        Optional.of(root.resolve("cache")),
        linker);
  }

  private Object inode(Path p) throws IOException {
    return Files.getAttribute(p, "unix:ino");
  }

  @Test
  void hardLinksFilesMadeFromTheSameKeyAndProducesTheRest() throws Exception {
    Path out = root.resolve("site");
    build(section("1", "1"), Files::createLink).build(out);
    Object inodeA = inode(out.resolve("a/index.html"));
    produced.clear();

    StaticBuild second = build(section("1", "2"), Files::createLink);
    int files = second.build(out);

    assertThat(produced).containsExactly("b");
    assertThat(out.resolve("a/index.html")).hasContent("a made from 1");
    assertThat(out.resolve("b.html")).hasContent("b made from 2");
    assertThat(inode(out.resolve("a/index.html"))).isEqualTo(inodeA);
    assertThat(second.reused()).isEqualTo(1 + new Assets().files().size());
    assertThat(files).isEqualTo(3 + new Assets().files().size());
    try (var siblings = Files.list(root)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("site", "cache");
    }
  }

  @Test
  void aRecycledTreeNeverChangesAFileTheLiveOutputStillUses() throws Exception {
    Path out = root.resolve("site");
    build(section("1", "1"), Files::createLink).build(out);
    build(section("1", "1"), Files::createLink).build(out); // the kept tree shares a/index.html
    build(section("2", "1"), Files::createLink).build(out);
    assertThat(out.resolve("a/index.html")).hasContent("a made from 2");
    Path kept;
    try (var files = Files.list(root.resolve("cache"))) {
      kept = files.filter(p -> p.toString().endsWith(".prev")).findFirst().orElseThrow();
    }
    assertThat(kept.resolve("a/index.html")).hasContent("a made from 1");

    produced.clear();
    build(section("2", "1"), Files::createLink).build(out); // links over the kept tree's old page
    assertThat(produced).isEmpty();
    assertThat(out.resolve("a/index.html")).hasContent("a made from 2");
    assertThat(out.resolve("b.html")).hasContent("b made from 1");
  }

  @Test
  void copiesWhenHardLinksAreNotSupported() throws Exception {
    Path out = root.resolve("site");
    PreviousBuild.Linker noLinks =
        (link, existing) -> {
          throw new UnsupportedOperationException("no hard links here");
        };
    build(section("1", "1"), noLinks).build(out);
    Object inodeA = inode(out.resolve("a/index.html"));
    produced.clear();

    StaticBuild second = build(section("1", "1"), noLinks);
    second.build(out);

    assertThat(produced).isEmpty();
    assertThat(out.resolve("a/index.html")).hasContent("a made from 1");
    assertThat(inode(out.resolve("a/index.html"))).isNotEqualTo(inodeA);
    assertThat(second.reused()).isEqualTo(2 + new Assets().files().size());
  }

  @Test
  void neverReusesAFileChangedOrRemovedSinceTheLastBuild() throws Exception {
    Path out = root.resolve("site");
    build(section("1", "1"), Files::createLink).build(out);
    Files.writeString(out.resolve("a/index.html"), "edited by hand");
    Files.setLastModifiedTime(out.resolve("a/index.html"), FileTime.fromMillis(0));
    Files.delete(out.resolve("b.html"));
    produced.clear();

    build(section("1", "1"), Files::createLink).build(out);

    assertThat(produced).containsExactly("a", "b");
    assertThat(out.resolve("a/index.html")).hasContent("a made from 1");
  }

  @Test
  void withoutARecordFolderEveryFileIsProduced() throws Exception {
    Path out = root.resolve("site");
    new StaticBuild(List.of(section("1", "1")), new Assets(), (t, p, b) -> b, "/").build(out);
    produced.clear();
    new StaticBuild(List.of(section("1", "1")), new Assets(), (t, p, b) -> b, "/").build(out);
    assertThat(produced).containsExactly("a", "b");
  }
}
