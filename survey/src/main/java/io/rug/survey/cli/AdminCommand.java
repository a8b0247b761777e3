package io.rug.survey.cli;

import io.rug.survey.store.SurveyStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rug survey admin}: moderators of {@code /admin}. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Manage the moderators who log in to /admin.",
    subcommands = {AdminCommand.Create.class})
public final class AdminCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code rug survey admin create --user U}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Creates a moderator or resets its password.",
        "",
        "The password (at least 10 characters) is read from --password-file, else from the"
            + " terminal, else from the first line of standard input. Only a PBKDF2 hash is stored.",
        "",
        "Example: printf '%%s\\n' \"$PW\" | rug survey admin create --user alice"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:created or reset", "2:invalid user name or password"})
  public static final class Create implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "U", description = "User name.")
    String user;

    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description = "File whose first line is the password.")
    Path passwordFile;

    @Mixin DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
      char[] password = readPassword();
      try (SurveyStore store = db.open()) {
        boolean created = store.admins().createOrReset(user, password);
        spec.commandLine()
            .getOut()
            .println((created ? "created moderator " : "new password set for ") + user);
        return 0;
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("rug survey admin create: " + e.getMessage());
        return 2;
      } finally {
        java.util.Arrays.fill(password, '\0');
      }
    }

    private char[] readPassword() throws Exception {
      if (passwordFile != null) {
        return firstLine(Files.readString(passwordFile, StandardCharsets.UTF_8)).toCharArray();
      }
      Console console = System.console();
      if (console != null) {
        char[] p = console.readPassword("Password for %s: ", user);
        return p == null ? new char[0] : p;
      }
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      return line == null ? new char[0] : line.toCharArray();
    }

    private static String firstLine(String s) {
      int nl = s.indexOf('\n');
      return (nl < 0 ? s : s.substring(0, nl)).replace("\r", "");
    }
  }
}
