package io.rug.awesome.links;

/** A URL found in the list and the line it first appears on. */
public record ListedLink(String url, int line) {}
