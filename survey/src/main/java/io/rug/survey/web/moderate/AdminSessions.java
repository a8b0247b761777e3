package io.rug.survey.web.moderate;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Logged-in moderators, by random session id (the value of an HttpOnly, SameSite=Strict cookie).
 * Kept in memory: a restart logs everyone out, which is acceptable for a handful of moderators.
 */
public final class AdminSessions {
  public static final String COOKIE = "rug_admin";
  private final SecureRandom random;
  private final Supplier<Instant> clock;
  private final Duration idleTimeout;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  public AdminSessions(SecureRandom random, Supplier<Instant> clock, Duration idleTimeout) {
    this.random = random;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
  }

  /** Starts a session for {@code user} and returns its id. */
  public String open(String user) {
    byte[] id = new byte[32];
    random.nextBytes(id);
    String sid = HexFormat.of().formatHex(id);
    sessions.put(sid, new Session(user, clock.get()));
    return sid;
  }

  /** The user of a live session; refreshes its idle timer. */
  public Optional<String> user(String sid) {
    if (sid == null) {
      return Optional.empty();
    }
    Instant now = clock.get();
    Session s = sessions.get(sid);
    if (s == null || s.lastSeen.plus(idleTimeout).isBefore(now)) {
      sessions.remove(sid);
      return Optional.empty();
    }
    sessions.put(sid, new Session(s.user, now));
    return Optional.of(s.user);
  }

  public void close(String sid) {
    if (sid != null) {
      sessions.remove(sid);
    }
  }

  private record Session(String user, Instant lastSeen) {}
}
