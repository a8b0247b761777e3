package io.rug.survey.store;

import java.time.Instant;

/**
 * A stored submission. {@code slug} names it in URLs (org index) and is null where the
 * questionnaire has no title question; {@code moderatedBy}, {@code moderatedAt} and {@code
 * rejectReason} are null until moderated.
 */
public record Submission(
    long id,
    String questionnaireId,
    int version,
    Status status,
    String slug,
    String idempotencyKey,
    Origin origin,
    Instant createdAt,
    Instant updatedAt,
    String moderatedBy,
    Instant moderatedAt,
    String rejectReason,
    Answers answers) {}
