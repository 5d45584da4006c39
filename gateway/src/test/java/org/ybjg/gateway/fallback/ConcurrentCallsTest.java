package org.ybjg.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ybjg.gateway.support.StubBackend;
import org.ybjg.gateway.support.TestKeys;
import org.ybjg.gateway.support.TestTokens;

/**
 * Load alone never turns into a 503: Spring Cloud CircuitBreaker's default Resilience4j bulkhead
 * (25 concurrent calls per route, the rest refused and answered by the fallback) is off. 30 reads
 * that overlap at a service answering in 200 ms all reach it and all succeed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "test"})
class ConcurrentCallsTest {

  private static final int CONCURRENT_READS = 30;
  private static final StubBackend SLOWISH_REGISTRY =
      StubBackend.answeringAfter(Duration.ofMillis(200));

  @LocalServerPort private int port;

  @DynamicPropertySource
  static void backendsAndKeys(DynamicPropertyRegistry registry) {
    registry.add("YBJG_JWT_PUBLIC_KEY", TestKeys::publicKeyFile);
    registry.add("YBJG_JWT_PRIVATE_KEY", TestKeys::privateKeyFile);
    registry.add("REGISTRY_URL", SLOWISH_REGISTRY::url);
  }

  @Test
  void shouldPassEveryConcurrentReadWhenMoreThanABulkheadsWorthOverlap() {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest read =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/registry/institutions/x"))
            .header("Authorization", "Bearer " + TestTokens.valid())
            .timeout(Duration.ofSeconds(10))
            .build();

    List<CompletableFuture<HttpResponse<String>>> answers =
        IntStream.range(0, CONCURRENT_READS)
            .mapToObj(i -> http.sendAsync(read, HttpResponse.BodyHandlers.ofString()))
            .toList();

    assertThat(answers.stream().map(answer -> answer.join().statusCode()))
        .containsOnly(200)
        .hasSize(CONCURRENT_READS);
    assertThat(SLOWISH_REGISTRY.requests("GET")).isEqualTo(CONCURRENT_READS);
  }
}
