package io.rug.survey.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** Moderators: user names with PBKDF2 password hashes. */
public final class AdminUsers {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
  private final Database db;
  private final PasswordHasher hasher;
  private final Clock clock;
  private String dummyHash;

  AdminUsers(Database db, PasswordHasher hasher, Clock clock) {
    this.db = db;
    this.hasher = hasher;
    this.clock = clock;
  }

  /**
   * Creates a moderator, or sets a new password for an existing one.
   *
   * @return true if the user was created, false if its password was replaced
   */
  public boolean createOrReset(String user, char[] password) {
    if (!NAME.matcher(user).matches()) {
      throw new IllegalArgumentException(
          "user name must be 1-100 letters, digits or . _ @ - (got '" + user + "')");
    }
    if (password.length < 10) {
      throw new IllegalArgumentException("password must have at least 10 characters");
    }
    String hash = hasher.hash(password);
    return db.inTransaction(
        c -> {
          int n =
              SubmissionRows.update(
                  c, "UPDATE admin_user SET password_hash = ? WHERE username = ?", hash, user);
          if (n == 0) {
            SubmissionRows.update(
                c,
                "INSERT INTO admin_user (username, password_hash, created_at) VALUES (?, ?, ?)",
                user,
                hash,
                clock.millis());
            return true;
          }
          return false;
        });
  }

  /** Checks a password; takes as long for an unknown user as for a wrong password. */
  public boolean verifyPassword(String user, char[] password) {
    Optional<String> stored = hashOf(user);
    boolean ok = hasher.matches(password, stored.orElseGet(this::dummyHash));
    Arrays.fill(password, '\0');
    return stored.isPresent() && ok;
  }

  /** A hash to check unknown users against, so they cost as much time as known ones. */
  private synchronized String dummyHash() {
    if (dummyHash == null) {
      dummyHash = hasher.hash("not-a-password".toCharArray());
    }
    return dummyHash;
  }

  public boolean exists(String user) {
    return hashOf(user).isPresent();
  }

  private Optional<String> hashOf(String user) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT password_hash FROM admin_user WHERE username = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }
}
