package io.rug.awesome.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The awesome list's precompiled jte templates; each returns a page body for the site frame. */
public final class AwesomeTemplates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "io.rug.awesome.jte");

  public String list(AwesomeView view) {
    return render("awesome.jte", view);
  }

  public String contributing(ContributingView view) {
    return render("contributing.jte", view);
  }

  private String render(String name, Object model) {
    StringOutput out = new StringOutput(32_768);
    engine.render(name, model, out);
    return out.toString();
  }
}
