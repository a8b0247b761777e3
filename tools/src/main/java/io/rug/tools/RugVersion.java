package io.rug.tools;

import picocli.CommandLine;

/** Reports the version Maven wrote into the jar manifest. */
final class RugVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Rug.class.getPackage().getImplementationVersion();
    return new String[] {"rug " + (v == null ? "development build" : v)};
  }
}
