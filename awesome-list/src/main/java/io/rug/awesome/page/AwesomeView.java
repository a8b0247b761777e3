package io.rug.awesome.page;

/**
 * Model of awesome.jte.
 *
 * @param contributingHref where "Suggest a tool" points (the rendered contributing guide)
 */
public record AwesomeView(AwesomeList list, String contributingHref) {}
