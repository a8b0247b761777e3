package io.rug.stack.apply;

/** {@code --dry-run}: none (write), client (compare only), server (the API server's dryRun). */
public enum DryRun {
  NONE,
  CLIENT,
  SERVER;

  public String suffix() {
    return switch (this) {
      case NONE -> "";
      case CLIENT -> " (dry run)";
      case SERVER -> " (server dry run)";
    };
  }
}
