package io.rug.survey.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A small streaming JSON writer with two-space indentation (the survey needs no JSON library). */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean first = true;
  private boolean afterName;

  public JsonWriter beginObject() {
    return open('{');
  }

  public JsonWriter endObject() {
    return close('}');
  }

  public JsonWriter beginArray() {
    return open('[');
  }

  public JsonWriter endArray() {
    return close(']');
  }

  public JsonWriter name(String name) {
    separate();
    quote(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  public JsonWriter value(String s) {
    separate();
    if (s == null) {
      out.append("null");
    } else {
      quote(s);
    }
    return this;
  }

  public JsonWriter value(long n) {
    separate();
    out.append(n);
    return this;
  }

  /** A number with exactly two decimals, e.g. {@code 42.86}. */
  public JsonWriter decimal2(double d) {
    separate();
    out.append(BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString());
    return this;
  }

  public JsonWriter nullValue() {
    separate();
    out.append("null");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private JsonWriter open(char c) {
    separate();
    out.append(c);
    depth++;
    first = true;
    return this;
  }

  private JsonWriter close(char c) {
    depth--;
    if (!first) {
      newline();
    }
    out.append(c);
    first = false;
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      if (!first) {
        out.append(',');
      }
      newline();
    }
    first = false;
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(depth));
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
