package io.rug.survey.web.abuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's HMAC key for form stamps and CSRF tokens. Kept in the data directory so forms
 * rendered before a restart still verify after it.
 */
public final class SigningKey {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final SecretKeySpec key;
  private final Mac initialised; // never used directly: each signature works on a copy

  public SigningKey(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("signing key must have at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.initialised = newMac();
  }

  /** Reads {@code dir/survey-web.key}, creating it with 32 random bytes on first use. */
  public static SigningKey inDirectory(Path dir, SecureRandom random) throws IOException {
    Path file = dir.resolve("survey-web.key");
    if (!Files.exists(file)) {
      Files.createDirectories(dir);
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      Path tmp = Files.createTempFile(dir, "survey-web", ".key.tmp");
      Files.write(tmp, fresh);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        Files.deleteIfExists(tmp); // another process won the race; use its key
      }
    }
    return new SigningKey(Files.readAllBytes(file));
  }

  /** URL-safe HMAC-SHA256 of {@code message}. */
  public String sign(String message) {
    return B64.encodeToString(mac().doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }

  /** A fresh Mac for one signature; copying the initialised one skips the provider look-up. */
  private Mac mac() {
    try {
      return (Mac) initialised.clone();
    } catch (CloneNotSupportedException e) {
      return newMac();
    }
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Constant-time check that {@code signature} is this key's signature of {@code message}. */
  public boolean verify(String message, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(message).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }
}
