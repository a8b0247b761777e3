package io.rug.survey.web.moderate;

/** The moderator login page. */
public record LoginView(String csrf, String user, String error) {}
