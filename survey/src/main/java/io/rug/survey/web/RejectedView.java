package io.rug.survey.web;

/** The page shown for a refused request (4xx): what happened and what to do. */
public record RejectedView(int status, String title, String message) {}
