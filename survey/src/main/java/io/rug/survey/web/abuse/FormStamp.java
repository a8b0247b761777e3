package io.rug.survey.web.abuse;

import io.rug.survey.store.SortableIds;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The signed hidden field of every survey form: which form it is, when it was rendered, and the
 * idempotency key of this render. The signature makes the render time trustworthy (minimum fill
 * time) and the key stable (a resubmission carries the same key, so it is stored once).
 */
public final class FormStamp {
  private final SigningKey key;
  private final SecureRandom random;
  private final Duration minFillTime;
  private final Duration maxAge;

  public FormStamp(SigningKey key, SecureRandom random, Duration minFillTime, Duration maxAge) {
    this.key = key;
    this.random = random;
    this.minFillTime = minFillTime;
    this.maxAge = maxAge;
  }

  /** A stamp for a fresh render of form {@code formId} at {@code now}. */
  public String issue(String formId, Instant now) {
    // the render time leads the key, so keys stored close together sit close in their index
    String idem = SortableIds.hex(random, now, 16);
    String payload = formId + "|" + now.toEpochMilli() + "|" + idem;
    String encoded =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + key.sign(payload);
  }

  /**
   * Checks a posted stamp and returns its idempotency key.
   *
   * @throws Rejected 400 when missing, forged or for another form; 422 when filled in too fast; 410
   *     when the form is older than the maximum age
   */
  public String verify(String stamp, String formId, Instant now) {
    if (stamp == null || stamp.indexOf('.') < 0) {
      throw forged();
    }
    String payload;
    try {
      payload =
          new String(
              Base64.getUrlDecoder().decode(stamp.substring(0, stamp.indexOf('.'))),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw forged();
    }
    String[] parts = payload.split("\\|");
    if (parts.length != 3
        || !key.verify(payload, stamp.substring(stamp.indexOf('.') + 1))
        || !parts[0].equals(formId)) {
      throw forged();
    }
    Instant rendered = Instant.ofEpochMilli(Long.parseLong(parts[1]));
    Duration age = Duration.between(rendered, now);
    if (age.compareTo(minFillTime) < 0) {
      throw new Rejected(
          422,
          "Submitted too quickly",
          "This form was sent "
              + Math.max(0, age.toMillis())
              + " ms after it was shown; people need at least "
              + minFillTime.toSeconds()
              + " s. Go back, check your answers and send it again.");
    }
    if (age.compareTo(maxAge) > 0) {
      throw new Rejected(
          410,
          "Form expired",
          "This form was shown more than "
              + maxAge.toHours()
              + " hours ago. Reload the page to get a fresh form; your answers were not stored.");
    }
    return parts[2];
  }

  private static Rejected forged() {
    return new Rejected(
        400,
        "Form not recognised",
        "The hidden form stamp is missing or damaged. Reload the survey page and send it again.");
  }
}
