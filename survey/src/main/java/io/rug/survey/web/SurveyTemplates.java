package io.rug.survey.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.rug.survey.web.moderate.LoginView;
import io.rug.survey.web.moderate.QueueView;
import io.rug.survey.web.orgs.OrgView;
import io.rug.survey.web.orgs.OrgsView;
import io.rug.survey.web.results.ResultsView;
import io.rug.survey.web.submit.ConfirmView;
import io.rug.survey.web.submit.DoneView;
import io.rug.survey.web.submit.EditView;
import io.rug.survey.web.submit.FormView;

/**
 * The survey's precompiled jte templates (HTML-escaping), one method per template and model. Each
 * returns a page body; {@link SurveyPages} wraps it in the site frame.
 */
public final class SurveyTemplates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "io.rug.survey.jte");

  public String form(FormView view) {
    return render("submit/form.jte", view);
  }

  public String confirm(ConfirmView view) {
    return render("submit/confirm.jte", view);
  }

  public String edit(EditView view) {
    return render("submit/edit.jte", view);
  }

  public String done(DoneView view) {
    return render("submit/done.jte", view);
  }

  public String orgs(OrgsView view) {
    return render("orgs/index.jte", view);
  }

  public String org(OrgView view) {
    return render("orgs/org.jte", view);
  }

  public String results(ResultsView view) {
    return render("results/results.jte", view);
  }

  public String login(LoginView view) {
    return render("moderate/login.jte", view);
  }

  public String queue(QueueView view) {
    return render("moderate/queue.jte", view);
  }

  public String rejected(RejectedView view) {
    return render("rejected.jte", view);
  }

  private String render(String name, Object model) {
    StringOutput out = new StringOutput(8192);
    engine.render(name, model, out);
    return out.toString();
  }
}
