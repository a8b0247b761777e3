package io.rug.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the whole site into a temporary folder next to the output and moves it into place only
 * when every section exported successfully, so a failed build leaves the old output untouched.
 */
public final class StaticBuild {
  private final List<SiteSection> sections;
  private final Assets assets;
  private final PageFrame frame;
  private final String baseUrl;

  public StaticBuild(List<SiteSection> sections, Assets assets, PageFrame frame, String baseUrl) {
    this.sections = sections;
    this.assets = assets;
    this.frame = frame;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }

  /** Builds into {@code out}; returns the number of files written. */
  public int build(Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    try {
      Output site = new Output(tmp);
      for (Map.Entry<String, Page> e : assets.all().entrySet()) {
        site.write("assets/" + e.getKey(), e.getValue().body());
      }
      for (SiteSection section : sections) {
        section.exportStatic(site);
      }
      replace(tmp, target);
      return site.count;
    } catch (IOException | RuntimeException e) {
      deleteTree(tmp);
      throw e;
    }
  }

  private static void replace(Path tmp, Path target) throws IOException {
    if (!Files.exists(target)) {
      move(tmp, target);
      return;
    }
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
    Files.delete(old);
    move(target, old);
    move(tmp, target);
    deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private final class Output implements StaticSite {
    private final Path dir;
    private int count;

    Output(Path dir) {
      this.dir = dir;
    }

    @Override
    public PageFrame frame() {
      return frame;
    }

    @Override
    public String baseUrl() {
      return baseUrl;
    }

    @Override
    public void write(String relativePath, byte[] content) throws IOException {
      Path file = dir.resolve(relativePath).normalize();
      if (!file.startsWith(dir) || relativePath.startsWith("/")) {
        throw new IllegalArgumentException("path outside the site: " + relativePath);
      }
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      count++;
    }
  }
}
