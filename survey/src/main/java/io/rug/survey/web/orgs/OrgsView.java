package io.rug.survey.web.orgs;

import java.util.List;

/** The public org index: approved org-index submissions, one link per organisation. */
public record OrgsView(List<OrgLink> orgs) {

  /** One organisation in the index. */
  public record OrgLink(String href, String name, String summary) {}
}
