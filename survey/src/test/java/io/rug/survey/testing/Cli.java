package io.rug.survey.testing;

import io.rug.survey.cli.SurveyCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code rug survey …} in-process and captures its output. */
public final class Cli {
  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  public static Result survey(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SurveyCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
