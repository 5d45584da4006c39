package org.ybjg.local.embedded;

/**
 * mongo-java-server answers the legacy {@code isMaster} handshake but not its successor {@code
 * hello}, which current drivers and Spring Boot's MongoDB health check send. Both ask the same
 * question, so {@code hello} is answered as {@code isMaster}.
 */
final class HelloCommand {

  private HelloCommand() {}

  static String asKnownCommand(String command) {
    return "hello".equals(command) ? "isMaster" : command;
  }
}
