package io.rug.scheduler.sim.swf;

/** A malformed input line; the message reads {@code file:line: what is wrong}. */
public final class TraceFormatException extends IllegalArgumentException {
  public TraceFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
