package org.ybjg.local.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The processes of the platform: four services and the gateway in front of them (conventions:
 * ports, databases).
 */
public enum ServiceModule {
  REGISTRY(
      "registry",
      "institution-registry/app/target/registry-app.jar",
      8081,
      "registry",
      "REGISTRY_URL"),
  INSPECTION(
      "inspection",
      "inspection-service/app/target/inspection-app.jar",
      8082,
      "inspection",
      "INSPECTION_URL"),
  CASES("cases", "case-service/app/target/case-app.jar", 8083, "cases", "CASES_URL"),
  REPORTING(
      "reporting",
      "reporting-service/app/target/reporting-app.jar",
      8084,
      "reporting",
      "REPORTS_URL"),
  GATEWAY("gateway", "gateway/target/gateway.jar", 8080, null, null);

  private final String displayName;
  private final String jarPath;
  private final int defaultPort;
  private final String database;
  private final String gatewayUrlVariable;

  ServiceModule(
      String displayName,
      String jarPath,
      int defaultPort,
      String database,
      String gatewayUrlVariable) {
    this.displayName = displayName;
    this.jarPath = jarPath;
    this.defaultPort = defaultPort;
    this.database = database;
    this.gatewayUrlVariable = gatewayUrlVariable;
  }

  /** Short name used as log prefix and log file name, e.g. {@code registry}. */
  public String displayName() {
    return displayName;
  }

  /** The executable jar that {@code ./mvnw install} builds, relative to the repository root. */
  public Path jarIn(Path rootDir) {
    return rootDir.resolve(jarPath);
  }

  public int defaultPort() {
    return defaultPort;
  }

  /** The service's own MongoDB database; the gateway has none. */
  public Optional<String> database() {
    return Optional.ofNullable(database);
  }

  /**
   * The environment variable through which the gateway learns this service's URL; none for the
   * gateway.
   */
  public Optional<String> gatewayUrlVariable() {
    return Optional.ofNullable(gatewayUrlVariable);
  }

  public boolean isGateway() {
    return this == GATEWAY;
  }
}
