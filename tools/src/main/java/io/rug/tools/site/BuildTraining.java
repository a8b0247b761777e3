package io.rug.tools.site;

import java.nio.file.Path;

/**
 * The training run of the {@code ./rug} launcher's class archives (AppCDS, JDK 25 AOT cache):
 * builds a book three times in one process: once filling an empty render cache (every chapter
 * rendered), once from it (every page reused) and once more into the recycled output tree, so the
 * archive holds the classes of both a cold build and a rebuild after an edit. Usage: {@code
 * BuildTraining BOOK_DIR WORK_DIR}.
 */
public final class BuildTraining {
  private BuildTraining() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: BuildTraining BOOK_DIR WORK_DIR");
      System.exit(2);
    }
    Path work = Path.of(args[1]);
    for (int run = 0; run < 3; run++) {
      BuildCommand build = new BuildCommand();
      build.book = Path.of(args[0]);
      build.out = work.resolve("site");
      build.cacheDir = work.resolve("cache");
      if (build.call() != 0) {
        System.exit(1);
      }
    }
  }
}
