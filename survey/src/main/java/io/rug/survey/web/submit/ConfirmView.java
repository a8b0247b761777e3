package io.rug.survey.web.submit;

/**
 * The page after a successful submission, also shown again for a resubmitted form.
 *
 * @param editPath the private link to edit or delete the submission
 * @param resubmitted whether this form had already been received
 */
public record ConfirmView(String questionnaireTitle, String editPath, boolean resubmitted) {}
