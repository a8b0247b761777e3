package io.rug.site.web.book;

import io.rug.site.book.BookInputException;
import io.rug.site.web.LiveReload;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches {@code book/} and {@code book/chapters/}: an edited chapter is re-rendered alone, a
 * changed book.yaml reloads the book, and open pages are told to reload. Errors are printed and the
 * last good pages stay online.
 */
public final class ChapterWatcher implements AutoCloseable {
  private final BookSection book;
  private final LiveReload live;
  private final PrintStream log;
  private final WatchService watch;
  private final Thread thread;

  public ChapterWatcher(BookSection book, LiveReload live, PrintStream log) throws IOException {
    this.book = book;
    this.live = live;
    this.log = log;
    this.watch = FileSystems.getDefault().newWatchService();
    Path dir = book.book().dir();
    dir.register(watch, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
    book.book()
        .chaptersDir()
        .register(
            watch, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
    this.thread = new Thread(this::run, "rug-chapter-watcher");
    thread.setDaemon(true);
  }

  public ChapterWatcher start() {
    thread.start();
    return this;
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = watch.take();
        Set<Path> changed = new LinkedHashSet<>();
        collect(key, changed);
        // editors often write a file in several steps; take what arrives right after
        for (WatchKey more = watch.poll(5, TimeUnit.MILLISECONDS);
            more != null;
            more = watch.poll(5, TimeUnit.MILLISECONDS)) {
          collect(more, changed);
        }
        handle(changed);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void collect(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path p) {
        changed.add(dir.resolve(p));
      }
    }
    key.reset();
  }

  private void handle(Set<Path> changed) {
    long start = System.nanoTime();
    try {
      if (changed.stream().anyMatch(p -> p.getFileName().toString().equals("book.yaml"))) {
        book.load();
        report("reloaded the book", start);
        return;
      }
      boolean any = false;
      for (Path p : changed) {
        if (p.toString().endsWith(".md") && book.reloadChapter(p).isPresent()) {
          any = true;
          report("re-rendered " + p.getFileName(), start);
        }
      }
      if (any) {
        live.reloadAll();
      }
    } catch (BookInputException | IOException e) {
      log.println("rug serve: " + e.getMessage() + " (still serving the last good version)");
    }
  }

  private void report(String what, long startNanos) {
    long micros = (System.nanoTime() - startNanos) / 1000;
    log.printf("rug serve: %s in %.1f ms%n", what, micros / 1000.0);
    if (what.startsWith("reloaded")) {
      live.reloadAll();
    }
  }

  @Override
  public void close() throws IOException {
    watch.close();
    thread.interrupt();
  }
}
