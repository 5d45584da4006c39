package org.ybjg.gateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A gateway whose four services are all down (their URLs are closed loopback ports). Test classes
 * that extend this share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class AllBackendsDownContext {

  private static final String REGISTRY_DOWN = StubBackend.closedPortUrl();
  private static final String INSPECTION_DOWN = StubBackend.closedPortUrl();
  private static final String CASES_DOWN = StubBackend.closedPortUrl();
  private static final String REPORTING_DOWN = StubBackend.closedPortUrl();

  @LocalServerPort private int port;

  protected WebTestClient client;

  @DynamicPropertySource
  static void backendsAndKeys(DynamicPropertyRegistry registry) {
    registry.add("YBJG_JWT_PUBLIC_KEY", TestKeys::publicKeyFile);
    registry.add("REGISTRY_URL", () -> REGISTRY_DOWN);
    registry.add("INSPECTION_URL", () -> INSPECTION_DOWN);
    registry.add("CASES_URL", () -> CASES_DOWN);
    registry.add("REPORTS_URL", () -> REPORTING_DOWN);
  }

  @BeforeEach
  void bindClient() {
    client = GatewayClients.forPort(port);
  }
}
