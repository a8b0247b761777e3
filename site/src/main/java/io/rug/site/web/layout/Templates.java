package io.rug.site.web.layout;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The site's precompiled jte templates, one method per template and model. */
public final class Templates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "io.rug.site.jte");

  public String layout(LayoutPage page) {
    return render("layout.jte", page);
  }

  public String chapter(ChapterView view) {
    return render("chapter.jte", view);
  }

  public String home(HomeView view) {
    return render("home.jte", view);
  }

  public String notFound(NotFoundView view) {
    return render("notfound.jte", view);
  }

  private String render(String name, Object model) {
    StringOutput out = new StringOutput(8192);
    engine.render(name, model, out);
    return out.toString();
  }
}
