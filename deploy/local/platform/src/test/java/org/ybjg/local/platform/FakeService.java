package org.ybjg.local.platform;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Stands in for a Spring Boot service in launcher tests: prints the environment the launcher gave
 * it and serves {@code /actuator/health} on SERVER_PORT. Uses only the JDK, so a test can pack it
 * alone into an executable jar. FAKE_EXIT_CODE makes it die at once; FAKE_HEALTH_STATUS changes the
 * reported status.
 */
public final class FakeService {

  static final List<String> ECHOED_VARIABLES =
      List.of(
          "SPRING_PROFILES_ACTIVE",
          "SERVER_PORT",
          "MONGODB_URI",
          "KAFKA_BOOTSTRAP_SERVERS",
          "YBJG_JWT_PUBLIC_KEY",
          "YBJG_JWT_PRIVATE_KEY",
          "REGISTRY_URL",
          "INSPECTION_URL",
          "CASES_URL",
          "REPORTS_URL");

  private FakeService() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("假服务启动中（演示）");
    for (String variable : ECHOED_VARIABLES) {
      if (System.getenv(variable) != null) {
        out.println(variable + "=" + System.getenv(variable));
      }
    }
    String exitCode = System.getenv("FAKE_EXIT_CODE");
    if (exitCode != null) {
      new IllegalStateException("failing on purpose").printStackTrace();
      System.exit(Integer.parseInt(exitCode));
    }
    String status = System.getenv().getOrDefault("FAKE_HEALTH_STATUS", "UP");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
    server.createContext(
        "/actuator/health",
        exchange -> {
          byte[] body = ("{\"status\":\"" + status + "\"}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders("UP".equals(status) ? 200 : 503, body.length);
          try (OutputStream response = exchange.getResponseBody()) {
            response.write(body);
          }
        });
    server.start();
    out.println("started");
  }
}
