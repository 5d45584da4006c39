package org.ybjg.local.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Asks the operating system for a free loopback port; someone else may take it before it is bound
 * again.
 */
final class FreePort {

  private FreePort() {}

  static int pick() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free TCP port on the loopback interface", e);
    }
  }

  /** Port 0 means "any free port", as with a server socket. */
  static int orAny(int port) {
    return port == 0 ? pick() : port;
  }
}
