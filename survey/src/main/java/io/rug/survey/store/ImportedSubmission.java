package io.rug.survey.store;

/**
 * A submission read from published files: stored as approved (it is already public), keyed by
 * {@code key} so a re-import finds it again.
 *
 * @param slug URL name (org index), or null
 * @param sourceRef file (and participant) it came from
 */
public record ImportedSubmission(
    String questionnaireId,
    int version,
    String key,
    String slug,
    String sourceRef,
    Answers answers) {}
