package io.rug.kube.model;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Kubernetes quantity strings ("500m", "2", "4Gi", "1e3") as plain numbers; malformed ones fail.
 */
public final class Quantities {
  private Quantities() {}

  /** CPU in millicores: "500m" → 500, "2" → 2000. */
  public static long cpuMilli(Quantity q) {
    return amount(q)
        .multiply(BigDecimal.valueOf(1000))
        .setScale(0, RoundingMode.CEILING)
        .longValueExact();
  }

  /** Memory (or any byte quantity) in bytes: "4Gi" → 4294967296. */
  public static long bytes(Quantity q) {
    return amount(q).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /** A count such as {@code nvidia.com/gpu: 2}; fractions are rejected. */
  public static int count(Quantity q) {
    BigDecimal a = amount(q);
    if (a.stripTrailingZeros().scale() > 0) {
      throw new MalformedQuantityException("not a whole number: " + text(q));
    }
    return a.intValueExact();
  }

  static BigDecimal amount(Quantity q) {
    if (q == null) return BigDecimal.ZERO;
    String s = text(q);
    if (s.isBlank() || !Character.isDigit(s.strip().charAt(0)) && !s.strip().startsWith(".")) {
      throw new MalformedQuantityException("malformed quantity '" + s + "'");
    }
    try {
      BigDecimal a = Quantity.getAmountInBytes(q);
      if (a.signum() < 0) throw new MalformedQuantityException("negative quantity '" + s + "'");
      return a;
    } catch (RuntimeException e) {
      if (e instanceof MalformedQuantityException m) throw m;
      throw new MalformedQuantityException("malformed quantity '" + s + "'");
    }
  }

  private static String text(Quantity q) {
    String f = q.getFormat() == null ? "" : q.getFormat();
    return (q.getAmount() == null ? "" : q.getAmount()) + f;
  }

  /** A quantity that does not parse; the message names the offending text. */
  public static final class MalformedQuantityException extends IllegalArgumentException {
    public MalformedQuantityException(String message) {
      super(message);
    }
  }
}
