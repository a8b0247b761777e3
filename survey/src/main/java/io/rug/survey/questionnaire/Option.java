package io.rug.survey.questionnaire;

/** A choice of a single/multiple question: the stable {@code code} is stored, the label shown. */
public record Option(String code, String label) {}
