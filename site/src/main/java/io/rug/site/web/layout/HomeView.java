package io.rug.site.web.layout;

import java.util.List;

/** The model of {@code home.jte}: the book's front page with its table of contents. */
public record HomeView(
    String title,
    String description,
    String firstChapterHref,
    List<LayoutPage.SidebarPart> parts) {}
