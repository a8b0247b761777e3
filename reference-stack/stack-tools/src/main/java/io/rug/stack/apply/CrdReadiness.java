package io.rug.stack.apply;

import java.time.Duration;

/**
 * Waits until a CustomResourceDefinition is established, so its custom resources can be created.
 * Real API servers set the condition within seconds; the mock never does, so tests provide it.
 */
public interface CrdReadiness {
  /**
   * @throws IllegalStateException if it is not established within {@code timeout}
   */
  void awaitEstablished(String crdName, Duration timeout);
}
