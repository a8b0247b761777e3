package io.rug.awesome.lint;

/** A group of lint rules run over one parsed file. Rule ids follow awesome-lint's names. */
public interface Check {
  void run(MarkdownFile file, Problems out);
}
