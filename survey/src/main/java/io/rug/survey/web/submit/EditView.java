package io.rug.survey.web.submit;

/** The private edit page: the form with the current answers, plus a delete button. */
public record EditView(FormView form, String deleteAction, String csrf, String status) {}
