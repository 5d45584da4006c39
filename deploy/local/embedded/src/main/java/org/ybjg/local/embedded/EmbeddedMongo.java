package org.ybjg.local.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-protocol server (mongo-java-server) that the official driver reaches over TCP. It
 * listens on the loopback interface only: the local platform's data must not be reachable from the
 * network.
 */
public final class EmbeddedMongo implements AutoCloseable {

  public static final String HOST = "127.0.0.1";

  /** Name of the H2 store inside the data directory of a file-backed server. */
  public static final String STORE_FILE_NAME = "mongo.mv";

  private final MongoServer server;
  private final int port;

  private EmbeddedMongo(MongoBackend backend, int requestedPort) {
    this.server = new MongoServer(backend);
    try {
      server.bind(HOST, requestedPort);
    } catch (RuntimeException e) {
      // MongoServer.bind has already shut itself and the backend down.
      throw new IllegalStateException(
          "Cannot bind the embedded MongoDB server to " + HOST + ":" + requestedPort, e);
    }
    this.port = server.getLocalAddress().getPort();
  }

  /** Data lives only as long as the server: for tests. Port 0 picks a free port. */
  public static EmbeddedMongo inMemory(int port) {
    return new EmbeddedMongo(new IndexedMemoryBackend(), port);
  }

  /**
   * Data is kept in {@code dir/mongo.mv} (an H2 MVStore) and survives restarts. Port 0 picks a free
   * port.
   */
  public static EmbeddedMongo fileBacked(Path dir, int port) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the MongoDB data directory " + dir, e);
    }
    String storeFile = dir.resolve(STORE_FILE_NAME).toAbsolutePath().toString();
    return new EmbeddedMongo(IndexedH2Backend.open(storeFile), port);
  }

  public int port() {
    return port;
  }

  /** A driver connection string without a database, e.g. {@code mongodb://127.0.0.1:27017}. */
  public String connectionString() {
    return "mongodb://" + HOST + ":" + port;
  }

  /**
   * Closes client connections, stops listening and closes the backend (which flushes the H2 store).
   */
  @Override
  public void close() {
    server.shutdownNow();
  }
}
