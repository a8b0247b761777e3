package io.rug.site.web.layout;

/**
 * The model of {@code chapter.jte}: a chapter's article with its surroundings.
 *
 * @param showTitle render the title as h1 (the Markdown has none)
 * @param prev previous chapter, or null
 * @param next next chapter, or null
 * @param editUrl "edit this page" target, or "" for none
 * @param lastUpdated ISO date of the chapter's last commit, or ""
 */
public record ChapterView(
    String title,
    boolean showTitle,
    String bodyHtml,
    LayoutPage.NavLink prev,
    LayoutPage.NavLink next,
    String editUrl,
    String lastUpdated) {}
