package io.rug.awesome.page;

import io.javalin.Javalin;
import io.rug.site.web.Assets;
import io.rug.site.web.Page;
import io.rug.site.web.SiteServer;
import io.rug.site.web.layout.SiteLayout;
import io.rug.site.web.layout.SiteNav;
import io.rug.site.web.layout.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The real site server and layout with only the awesome section, on a random port. */
final class TestAwesomeSite implements AutoCloseable {
  final Path listDir;
  final SiteLayout frame;
  final AwesomeSection section;
  final Javalin app;

  TestAwesomeSite(Path dir) throws IOException {
    listDir = dir.resolve("awesome-list");
    Files.createDirectories(listDir);
    for (String f : List.of("README.md", "contributing.md")) {
      Files.copy(Path.of(f), listDir.resolve(f));
    }
    SiteNav nav = new SiteNav();
    frame = new SiteLayout(new Templates(), nav, "Test Site", "/", false);
    section = AwesomeSection.create(frame, listDir);
    nav.register(List.of(section));
    app =
        new SiteServer(List.of(section), new Assets(), Page.html("not found"), Optional.empty())
            .start("127.0.0.1", 0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  @Override
  public void close() {
    app.stop();
  }
}
