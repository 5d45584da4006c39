package org.ybjg.local.platform;

import java.net.URI;

/** What a person needs once the platform runs: where everything is and how to log in. */
final class PlatformBanner {

  private static final String RULE = "=".repeat(100);

  private PlatformBanner() {}

  static String of(Platform platform) {
    PlatformConfig config = platform.config();
    String gateway = forBrowser(platform.gatewayUrl());
    StringBuilder text =
        new StringBuilder()
            .append(RULE)
            .append('\n')
            .append(" 医保基金监管平台 (medical-insurance fund supervision) is running: started in ")
            .append(Platform.seconds(platform.startDuration()))
            .append('\n')
            .append('\n')
            .append(row("Gateway", gateway))
            .append(row("Swagger UI", gateway + "/swagger-ui.html"));
    for (ServiceModule module : ServiceModule.values()) {
      if (!module.isGateway()) {
        text.append(row(module.displayName(), forBrowser(platform.url(module))));
      }
    }
    text.append(row("MongoDB", platform.mongoConnectionString()))
        .append(row("Kafka", platform.kafkaBootstrapServers()))
        .append(row("Data, logs", config.varDir() + "  (logs in " + config.logsDir() + ")"))
        .append('\n')
        .append(" Demo logins (local profile only; password \"demo\" for all):\n")
        .append(String.format("   %-20s %-16s %s%n", "username", "roles", "region"))
        .append(login("province-admin", "PROVINCE_ADMIN", "990000 示范省（演示）"))
        .append(login("city-admin", "CITY_ADMIN", "990100 示范省东江市（演示）"))
        .append(login("county-admin", "COUNTY_ADMIN", "990102 东江市城东区（演示）"))
        .append(login("other-county-admin", "COUNTY_ADMIN", "990103 东江市城西区（演示）"))
        .append(login("inspector", "INSPECTOR", "990102 东江市城东区（演示）"))
        .append(login("auditor", "AUDITOR", "990000 示范省（演示）"))
        .append('\n')
        .append(" Get a token:\n")
        .append("   curl -s -X POST ")
        .append(gateway)
        .append("/auth/token -H 'Content-Type: application/json'")
        .append(" -d '{\"username\":\"province-admin\",\"password\":\"demo\"}'\n")
        .append('\n')
        .append(" Stop with Ctrl-C.\n")
        .append(RULE);
    return text.toString();
  }

  /** Browsers and curl users type localhost; the processes themselves are reached on 127.0.0.1. */
  private static String forBrowser(URI url) {
    return "http://localhost:" + url.getPort();
  }

  private static String row(String label, String value) {
    return String.format("   %-12s %s%n", label, value);
  }

  private static String login(String username, String roles, String region) {
    return String.format("   %-20s %-16s %s%n", username, roles, region);
  }
}
