package io.rug.awesome.page;

/** Model of contributing.jte: the rendered guide and the way back to the list. */
public record ContributingView(String bodyHtml, String listHref) {}
