package io.rug.scheduler.sim.swf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** Builds small SWF traces for tests. */
final class Traces {
  /** One SWF line: id, submit, run, procs (field 8) and estimate (field 9). */
  static String line(long id, long submit, long run, int procs, long estimate) {
    return line(id, submit, run, procs, estimate, -1);
  }

  /** The same with the user (field 12). */
  static String line(long id, long submit, long run, int procs, long estimate, long user) {
    return id
        + " "
        + submit
        + " -1 "
        + run
        + " "
        + procs
        + " -1 -1 "
        + procs
        + " "
        + estimate
        + " -1 1 "
        + user
        + " -1 -1 0 -1 -1 -1\n";
  }

  static SwfTrace parse(String text, int procs) {
    try {
      return new SwfParser().parse(new BufferedReader(new StringReader(text)), "test.swf", procs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each job's start when {@code text} runs on {@code procs} processors under {@code policy}. */
  static long[] starts(String text, int procs, BatchPolicy policy) {
    return new SwfSimulator().run(parse(text, procs), policy).start();
  }

  private Traces() {}
}
