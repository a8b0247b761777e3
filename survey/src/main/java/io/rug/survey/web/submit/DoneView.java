package io.rug.survey.web.submit;

/** A short result page (e.g. "submission deleted"). */
public record DoneView(String title, String message) {}
