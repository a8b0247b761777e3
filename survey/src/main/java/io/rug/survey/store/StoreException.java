package io.rug.survey.store;

import java.sql.SQLException;

/** A database failure (not bad input): the operation did not happen. */
public final class StoreException extends RuntimeException {
  public StoreException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
