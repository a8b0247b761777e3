package io.rug.stack.apply;

/** What applying one object did, in kubectl's words. */
public enum Change {
  CREATED("created"),
  CONFIGURED("configured"),
  UNCHANGED("unchanged"),
  PRUNED("pruned");

  private final String word;

  Change(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
