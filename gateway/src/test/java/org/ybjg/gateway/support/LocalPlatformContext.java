package org.ybjg.gateway.support;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A gateway under the local profile (token endpoint on) in front of services in every state at
 * once: registry answers 200, inspection answers 503, cases is down, reporting answers too slowly.
 * Test classes that extend this share one application context and the stubs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "test"})
public abstract class LocalPlatformContext {

  protected static final StubBackend REGISTRY = StubBackend.answering(200);
  protected static final StubBackend INSPECTION = StubBackend.answering(503);
  protected static final String CASES_DOWN = StubBackend.closedPortUrl();
  protected static final StubBackend REPORTING = StubBackend.answeringAfter(Duration.ofSeconds(4));

  @LocalServerPort private int port;

  protected WebTestClient client;

  @DynamicPropertySource
  static void backendsAndKeys(DynamicPropertyRegistry registry) {
    registry.add("YBJG_JWT_PUBLIC_KEY", TestKeys::publicKeyFile);
    registry.add("YBJG_JWT_PRIVATE_KEY", TestKeys::privateKeyFile);
    registry.add("REGISTRY_URL", REGISTRY::url);
    registry.add("INSPECTION_URL", INSPECTION::url);
    registry.add("CASES_URL", () -> CASES_DOWN);
    registry.add("REPORTS_URL", REPORTING::url);
  }

  @BeforeEach
  void bindClient() {
    client = GatewayClients.forPort(port);
  }
}
