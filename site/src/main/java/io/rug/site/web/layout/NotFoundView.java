package io.rug.site.web.layout;

/** The model of {@code notfound.jte}. */
public record NotFoundView(String homeHref) {}
