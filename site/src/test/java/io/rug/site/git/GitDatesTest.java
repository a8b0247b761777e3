package io.rug.site.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDatesTest {
  @TempDir Path root;

  @Test
  void aFolderBelowAGitEntryIsInsideARepository() throws Exception {
    Path chapters = Files.createDirectories(root.resolve("repo/book/chapters"));
    Files.createDirectories(root.resolve("repo/.git"));
    assertThat(GitDates.insideRepository(chapters)).isTrue();
    Path worktree = Files.createDirectories(root.resolve("worktree/book"));
    Files.writeString(root.resolve("worktree/.git"), "gitdir: ../repo/.git/worktrees/w\n");
    assertThat(GitDates.insideRepository(worktree)).isTrue();
  }

  @Test
  void aFolderOfABareRepositoryIsInsideARepository() throws Exception {
    Path bare = Files.createDirectories(root.resolve("bare.git"));
    Files.writeString(bare.resolve("HEAD"), "ref: refs/heads/main\n");
    Files.createDirectories(bare.resolve("objects"));
    assertThat(GitDates.insideRepository(Files.createDirectories(bare.resolve("info")))).isTrue();
  }

  @Test
  void withoutARepositoryAboveThereAreNoDates() throws Exception {
    Path chapters = Files.createDirectories(root.resolve("book/chapters"));
    Files.writeString(chapters.resolve("intro.md"), "# Intro\n");
    // the temporary folder may itself lie inside a checkout (e.g. a build under the project)
    if (!GitDates.insideRepository(root)) {
      assertThat(GitDates.insideRepository(chapters)).isFalse();
      assertThat(GitDates.lastCommitDates(chapters)).isEmpty();
    } else {
      assertThat(GitDates.insideRepository(chapters)).isTrue();
    }
  }
}
