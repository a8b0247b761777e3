package io.rug.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cl = new CommandLine(new SimulateCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  static String line(int id, int submit, int run, int procs) {
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
        + run
        + " -1 1 -1 -1 -1 0 -1 -1 -1\n";
  }

  /** A trace file for a 4-processor machine with these job lines. */
  static Path fourProcessors(Path dir, String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), "; MaxProcs: 4\n" + String.join("", lines));
  }

  @Test
  void malformedTraceLineIsAnInputErrorWithFileAndLine(@TempDir Path dir) throws Exception {
    Path f = fourProcessors(dir, "bad.swf", line(1, 0, 10, 2), "2 0 -1 x 1\n");
    assertThat(run("swf", "--trace", f.toString(), "--policy", "easy")).isEqualTo(2);
    assertThat(err.toString()).startsWith(f + ":3: ");
  }

  @Test
  void arrivalsStretchTheTimeBetweenSubmissions(@TempDir Path dir) throws Exception {
    // two jobs that each need the whole machine for 10 s, the second submitted 4 s after the first:
    // it waits 6 s; with the time between submissions tripled (12 s) it does not wait at all
    Path f = fourProcessors(dir, "two.swf", line(1, 0, 10, 4), line(2, 4, 10, 4));
    assertThat(run("swf", "--trace", f.toString(), "--policy", "fcfs", "--json")).isEqualTo(0);
    assertThat(out.toString()).contains("\"maxWaitSeconds\":6,");
    out.getBuffer().setLength(0);
    assertThat(run("swf", "--trace", f.toString(), "--policy", "fcfs", "--json", "--arrivals", "3"))
        .isEqualTo(0);
    assertThat(out.toString()).contains("-arrivals3.0").contains("\"maxWaitSeconds\":0,");
    assertThat(run("swf", "--trace", f.toString(), "--arrivals", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--arrivals must be a positive number");
  }

  @Test
  void scheduleIsATraceWithEachJobsSimulatedWait(@TempDir Path dir) throws Exception {
    // the second job needs the whole machine and the first holds half of it until 10 s: it waits
    // 8 s (submitted at 2 s); the third, one processor for 3 s, backfills under EASY at once
    Path f =
        fourProcessors(dir, "three.swf", line(1, 0, 10, 2), line(2, 2, 5, 4), line(3, 3, 3, 1));
    Path schedule = dir.resolve("out/schedule.swf");
    String trace = f.toString(), file = schedule.toString();
    assertThat(run("swf", "--trace", trace, "--policy", "easy", "--json", "--schedule", file))
        .isEqualTo(0);
    String first = out.toString();
    assertThat(first).contains("\"maxWaitSeconds\":8,");
    assertThat(err.toString()).contains("wrote " + schedule);
    assertThat(Files.readAllLines(schedule))
        .filteredOn(l -> !l.startsWith(";"))
        .containsExactly(
            "1 0 0 10 2 -1 -1 2 10 -1 1 -1 -1 -1 -1 -1 -1 -1",
            "2 2 8 5 4 -1 -1 4 5 -1 1 -1 -1 -1 -1 -1 -1 -1",
            "3 3 0 3 1 -1 -1 1 3 -1 1 -1 -1 -1 -1 -1 -1 -1");
    assertThat(Files.readString(schedule)).contains("; MaxProcs: 4\n").contains("policy easy");
    // the schedule is itself a trace: replaying it gives the same figures
    out.getBuffer().setLength(0);
    assertThat(run("swf", "--trace", schedule.toString(), "--policy", "easy", "--json"))
        .isEqualTo(0);
    assertThat(out.toString().replace("schedule.swf", "three.swf")).isEqualTo(first);
    // a directory where the file should go is an input error, found before simulating
    out.getBuffer().setLength(0);
    assertThat(run("swf", "--trace", f.toString(), "--schedule", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(dir + " is a directory");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unknownPolicyIsAnInputError(@TempDir Path dir) throws Exception {
    Path f = fourProcessors(dir, "ok.swf", line(1, 0, 10, 2));
    assertThat(run("swf", "--trace", f.toString(), "--policy", "sjf")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown policy 'sjf'");
  }

  @Test
  void printsTheIssueJsonKeysAndWritesThePlot(@TempDir Path dir) throws Exception {
    Path f = fourProcessors(dir, "ok.swf", line(1, 0, 10, 2), line(2, 1, 10, 4));
    Path svg = dir.resolve("out/plot.svg");
    assertThat(
            run(
                "swf",
                "--trace",
                f.toString(),
                "--policy",
                "default",
                "--json",
                "--plot",
                svg.toString()))
        .isZero();
    assertThat(out.toString().strip())
        .startsWith("{\"trace\":\"ok.swf\",\"policy\":\"default\",\"procs\":4,\"jobs\":2,")
        .contains(
            "\"meanWaitSeconds\":4.500",
            "\"maxWaitSeconds\":9",
            "\"meanBoundedSlowdown\":",
            "\"maxBoundedSlowdown\":",
            "\"utilization\":",
            "\"makespanSeconds\":20");
    assertThat(Files.readString(svg)).startsWith("<svg").contains("polyline");
  }

  @Test
  void gpuSimulationPrintsJson(@TempDir Path dir) throws Exception {
    Path nodes =
        Files.writeString(
            dir.resolve("n.csv"), "sn,cpu_milli,memory_mib,gpu,model\nx,32000,4096,2,G2\n");
    Path pods =
        Files.writeString(
            dir.resolve("p.csv"),
            "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec\na,1000,512,1,1000,\n");
    assertThat(
            run(
                "gpu",
                "--nodes",
                nodes.toString(),
                "--pods",
                pods.toString(),
                "--policy",
                "best-fit",
                "--json"))
        .isZero();
    assertThat(out.toString())
        .contains(
            "\"policy\":\"best-fit\"",
            "\"gpus\":2",
            "\"podsArrived\":3",
            "\"gpuAllocationRatio\":1.000000");
  }

  @Test
  void traceWithNoRunnableJobsGivesZerosAndAnEmptyPlot(@TempDir Path dir) throws Exception {
    Path f = fourProcessors(dir, "empty.swf", line(1, 0, 10, 8));
    Path svg = dir.resolve("empty.svg");
    assertThat(run("swf", "--trace", f.toString(), "--json", "--plot", svg.toString())).isZero();
    assertThat(out.toString()).contains("\"jobs\":0", "\"utilization\":0.000000");
    assertThat(Files.readString(svg)).startsWith("<svg");
  }

  @Test
  void negativeMachineSizeIsAnInputError(@TempDir Path dir) throws Exception {
    Path f = fourProcessors(dir, "ok.swf", line(1, 0, 10, 2));
    assertThat(run("swf", "--trace", f.toString(), "--procs", "-3")).isEqualTo(2);
  }

  @Test
  void missingFileIsAnInputError() {
    assertThat(run("gpu", "--nodes", "nope.csv", "--pods", "nope.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
  }
}
