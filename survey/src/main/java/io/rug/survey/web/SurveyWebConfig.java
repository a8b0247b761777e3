package io.rug.survey.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Abuse limits of the survey web forms. Defaults suit a public site; a file {@code
 * survey-web.properties} in the server's data directory overrides them (the load benchmark raises
 * the rate limit this way), e.g. {@code rate-limit.per-minute=100000}.
 *
 * @param minFillTime a form posted sooner after rendering is rejected (bots fill forms instantly)
 * @param maxFormAge a form older than this is expired
 * @param submitsPerMinute sustained POSTs per client IP per minute (submissions and logins)
 * @param burst POSTs a client may make at once before the sustained rate applies
 * @param maxFieldChars longest accepted answer to one question
 * @param maxRequestBytes largest accepted form body
 */
public record SurveyWebConfig(
    Duration minFillTime,
    Duration maxFormAge,
    int submitsPerMinute,
    int burst,
    int maxFieldChars,
    int maxRequestBytes) {

  public static final String FILE_NAME = "survey-web.properties";

  public static SurveyWebConfig defaults() {
    return new SurveyWebConfig(Duration.ofSeconds(3), Duration.ofHours(24), 6, 5, 5000, 128 * 1024);
  }

  /** Defaults overridden by {@code dataDir/survey-web.properties} when that file exists. */
  public static SurveyWebConfig load(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    SurveyWebConfig d = defaults();
    if (!Files.exists(file)) {
      return d;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    return new SurveyWebConfig(
        Duration.ofMillis(num(p, file, "min-fill-millis", d.minFillTime.toMillis())),
        Duration.ofMinutes(num(p, file, "max-form-age-minutes", d.maxFormAge.toMinutes())),
        (int) num(p, file, "rate-limit.per-minute", d.submitsPerMinute),
        (int) num(p, file, "rate-limit.burst", d.burst),
        (int) num(p, file, "max-field-chars", d.maxFieldChars),
        (int) num(p, file, "max-request-bytes", d.maxRequestBytes));
  }

  private static long num(Properties p, Path file, String key, long fallback) {
    String v = p.getProperty(key);
    if (v == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          file + ": " + key + " must be a non-negative whole number, got '" + v + "'");
    }
  }
}
