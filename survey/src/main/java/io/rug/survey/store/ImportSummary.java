package io.rug.survey.store;

/** What an import changed: a re-import of the same files reports only {@code unchanged}. */
public record ImportSummary(int created, int updated, int unchanged) {}
