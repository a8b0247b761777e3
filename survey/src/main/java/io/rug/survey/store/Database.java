package io.rug.survey.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A pooled JDBC connection to SQLite or PostgreSQL with the schema migrated by Flyway (SQLite
 * support is in flyway-core 13; PostgreSQL needs flyway-database-postgresql). Every SQLite
 * connection gets WAL, {@code foreign_keys=ON}, {@code synchronous=FULL} (a commit is fsynced, so
 * it survives power loss, not only {@code kill -9}), a busy timeout and {@code BEGIN IMMEDIATE}
 * write transactions (no lock-upgrade deadlocks between concurrent writers).
 */
final class Database implements AutoCloseable {
  /** Unit of work on one connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final HikariDataSource pool;
  private final boolean sqlite;

  private Database(HikariDataSource pool, boolean sqlite) {
    this.pool = pool;
    this.sqlite = sqlite;
  }

  static Database open(String url) {
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    if (!sqlite && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "unsupported database URL '" + url + "' (jdbc:sqlite:FILE or jdbc:postgresql://…)");
    }
    HikariConfig hc = new HikariConfig();
    hc.setPoolName("survey");
    if (sqlite) {
      createParentDirectory(url.substring("jdbc:sqlite:".length()));
      SQLiteConfig sc = new SQLiteConfig();
      sc.setJournalMode(SQLiteConfig.JournalMode.WAL);
      sc.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      sc.enforceForeignKeys(true);
      sc.setBusyTimeout(30_000);
      sc.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      SQLiteDataSource ds = new SQLiteDataSource(sc);
      ds.setUrl(url);
      hc.setDataSource(ds);
      hc.setMaximumPoolSize(8);
    } else {
      hc.setJdbcUrl(url);
      hc.setMaximumPoolSize(16);
    }
    HikariDataSource pool = new HikariDataSource(hc);
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration/" + (sqlite ? "sqlite" : "postgresql"))
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, sqlite);
  }

  boolean isSqlite() {
    return sqlite;
  }

  /** Runs {@code work} in one transaction, committed (durably) before this returns. */
  <T> T inTransaction(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** Runs read-only {@code work} without taking the write lock. */
  <T> T read(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  private static void createParentDirectory(String file) {
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
      return;
    }
    String path = file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
    Path parent = Path.of(path).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create database folder " + parent, e);
    }
  }
}
