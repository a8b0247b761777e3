package io.rug.site.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes the whole site into a temporary folder next to the output and moves it into place only
 * when every section exported successfully, so a failed build leaves the old output untouched. With
 * a record folder, files made from the same inputs as last time are hard-linked from the old output
 * into the new tree rather than produced again, and the tree a build replaces is kept in the record
 * folder for the next build to write into ({@link OutputTree}), so a rebuild neither creates nor
 * removes a folder per page.
 */
public final class StaticBuild {
  private final List<SiteSection> sections;
  private final Assets assets;
  private final PageFrame frame;
  private final String baseUrl;
  private final Optional<Path> recordDir;
  private final boolean reusePages;
  private final PreviousBuild.Linker linker;
  private int reused;

  public StaticBuild(List<SiteSection> sections, Assets assets, PageFrame frame, String baseUrl) {
    this(sections, assets, frame, baseUrl, Optional.empty(), true, Files::createLink);
  }

  StaticBuild(
      List<SiteSection> sections,
      Assets assets,
      PageFrame frame,
      String baseUrl,
      Optional<Path> recordDir,
      PreviousBuild.Linker linker) {
    this(sections, assets, frame, baseUrl, recordDir, true, linker);
  }

  private StaticBuild(
      List<SiteSection> sections,
      Assets assets,
      PageFrame frame,
      String baseUrl,
      Optional<Path> recordDir,
      boolean reusePages,
      PreviousBuild.Linker linker) {
    this.sections = sections;
    this.assets = assets;
    this.frame = frame;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    this.recordDir = recordDir;
    this.reusePages = reusePages;
    this.linker = linker;
  }

  /**
   * This build, reusing unchanged files of the previous build into the same output; what each build
   * wrote is recorded in {@code recordDir} (e.g. the render cache folder).
   */
  public StaticBuild reusingUnchangedFiles(Path recordDir) {
    return new StaticBuild(sections, assets, frame, baseUrl, Optional.of(recordDir), true, linker);
  }

  /**
   * This build, producing every file, but keeping the tree it replaces in {@code folder} for the
   * next build to write into (see {@link OutputTree}); for builds without a render cache.
   */
  public StaticBuild recyclingReplacedTree(Path folder) {
    return new StaticBuild(sections, assets, frame, baseUrl, Optional.of(folder), false, linker);
  }

  /** Builds into {@code out}; returns the number of files in the new output. */
  public int build(Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    PreviousBuild previous =
        reusePages ? recordDir.map(d -> new PreviousBuild(d, target, linker)).orElse(null) : null;
    Path spare = recordDir.map(d -> PreviousBuild.spareTree(d, target)).orElse(null);
    OutputTree tree = OutputTree.create(target, spare);
    try {
      Output site = new Output(tree, previous);
      for (Map.Entry<String, byte[]> e : assets.files().entrySet()) {
        site.write("assets/" + e.getKey(), assets.key(e.getKey()), e::getValue);
      }
      for (SiteSection section : sections) {
        section.exportStatic(site);
      }
      tree.removeUnwritten();
      tree.swapInto(target, spare);
      if (previous != null) {
        previous.save();
        reused = previous.reused();
      }
      return site.count;
    } catch (IOException | RuntimeException e) {
      OutputTree.deleteTree(tree.dir());
      throw e;
    }
  }

  /** How many files the last {@link #build} reused from the previous output. */
  public int reused() {
    return reused;
  }

  private final class Output implements StaticSite {
    private final OutputTree tree;
    private final PreviousBuild previous;
    private int count;

    Output(OutputTree tree, PreviousBuild previous) {
      this.tree = tree;
      this.previous = previous;
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
      tree.write(tree.resolve(relativePath), content);
      count++;
    }

    @Override
    public void write(String relativePath, String key, Supplier<byte[]> content)
        throws IOException {
      Path file = tree.resolve(relativePath);
      if (previous != null && previous.reuse(relativePath, key, file, tree.recycled())) {
        count++;
        return;
      }
      tree.write(file, content.get());
      count++;
      if (previous != null) {
        previous.wrote(relativePath, key, file);
      }
    }

    /** Files not reused are made in parallel (the pages of a book: templates over 2+ cores). */
    @Override
    public void writeAll(List<Keyed> files) throws IOException {
      List<Keyed> make = new ArrayList<>(files.size());
      for (Keyed f : files) {
        if (f.key() != null
            && previous != null
            && previous.reuse(f.path(), f.key(), tree.resolve(f.path()), tree.recycled())) {
          count++;
        } else {
          make.add(f);
        }
      }
      List<byte[]> contents = make.parallelStream().map(f -> f.content().get()).toList();
      for (int i = 0; i < make.size(); i++) {
        Keyed f = make.get(i);
        Path file = tree.resolve(f.path());
        tree.write(file, contents.get(i));
        count++;
        if (previous != null && f.key() != null) {
          previous.wrote(f.path(), f.key(), file);
        }
      }
    }
  }
}
