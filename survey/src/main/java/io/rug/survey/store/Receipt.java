package io.rug.survey.store;

/**
 * What {@link SurveyStore#submit} returns: the submission id and its private edit token. {@code
 * created} is false when the idempotency key was already used; the receipt is then the first one.
 */
public record Receipt(long id, String editToken, boolean created) {}
