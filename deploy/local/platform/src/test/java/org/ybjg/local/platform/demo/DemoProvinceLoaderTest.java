package org.ybjg.local.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoProvinceLoaderTest {

  private static final String INSTITUTIONS = DemoProvinceLoader.INSTITUTIONS_PATH;
  private static final String INSPECTORS = DemoProvinceLoader.INSPECTORS_PATH;

  private final DemoProvince fullProvince = DemoProvince.generate();
  private final DemoProvince province =
      new DemoProvince(
          fullProvince.institutions().subList(0, 40), fullProvince.inspectors().subList(0, 6));
  private final FakeGateway gateway = startGateway();

  @AfterEach
  void stopGateway() {
    gateway.close();
  }

  @Test
  void shouldPostEveryInstitutionAndInspectorWithTheAdminTokenWhenRegistryIsEmpty() {
    DemoLoadReport report = loader(gateway.url()).loadIfRegistryEmpty(province);

    assertThat(report.skipped()).isFalse();
    assertThat(report.complete()).isTrue();
    assertThat(report.institutions()).isEqualTo(new DemoLoadReport.Outcome(40, 0, 0));
    assertThat(report.inspectors()).isEqualTo(new DemoLoadReport.Outcome(6, 0, 0));
    JsonNode login = JsonMapper.builder().build().readTree(gateway.received().get(0).body());
    assertThat(gateway.received().get(0).path()).isEqualTo("/auth/token");
    assertThat(login.path("username").asString()).isEqualTo("province-admin");
    assertThat(login.path("password").asString()).isEqualTo("demo");
    assertThat(gateway.posts(INSTITUTIONS))
        .hasSize(40)
        .allSatisfy(
            post -> {
              assertThat(post.authorization()).isEqualTo("Bearer demo-token");
              assertThat(post.idempotencyKey()).isNotBlank();
            });
    assertThat(gateway.posts(INSTITUTIONS))
        .extracting(FakeGateway.Received::body)
        .anySatisfy(body -> assertThat(body).contains("\"nationalCode\":\"H99010200001\""));
    assertThat(gateway.posts(INSPECTORS)).hasSize(6);
  }

  @Test
  void shouldCountConflictsAsAlreadyLoadedWhenNationalCodeExists() {
    gateway.answerPostsWith(post -> post.body().contains("H99010200002") ? 409 : 201);

    DemoLoadReport report = loader(gateway.url()).loadIfRegistryEmpty(province);

    assertThat(report.institutions()).isEqualTo(new DemoLoadReport.Outcome(39, 1, 0));
    assertThat(report.complete()).isTrue();
  }

  @Test
  void shouldRetryWithTheSameIdempotencyKeyWhenServiceIsUnavailable() {
    Set<String> answeredUnavailable = ConcurrentHashMap.newKeySet();
    gateway.answerPostsWith(post -> answeredUnavailable.add(post.idempotencyKey()) ? 503 : 201);

    DemoLoadReport report = loader(gateway.url()).loadIfRegistryEmpty(province);

    assertThat(report.institutions().created()).isEqualTo(40);
    assertThat(report.inspectors().created()).isEqualTo(6);
    assertThat(gateway.posts(INSTITUTIONS)).hasSize(80);
    assertThat(answeredUnavailable).hasSize(46);
  }

  @Test
  void shouldSkipLoadingWhenRegistryAlreadyHasInstitutions() {
    gateway.registryTotal(3131);

    DemoLoadReport report = loader(gateway.url()).loadIfRegistryEmpty(province);

    assertThat(report.skipped()).isTrue();
    assertThat(report.institutionsBefore()).isEqualTo(3131);
    assertThat(gateway.posts(INSTITUTIONS)).isEmpty();
    assertThat(gateway.posts(INSPECTORS)).isEmpty();
  }

  @Test
  void shouldStopSendingWhenEveryRequestIsRefused() {
    gateway.answerPostsWith(post -> 400);

    DemoLoadReport report = loader(gateway.url()).loadIfRegistryEmpty(province);

    assertThat(report.complete()).isFalse();
    assertThat(report.institutions().failed()).isEqualTo(40);
    assertThat(gateway.posts(INSTITUTIONS)).hasSizeLessThan(40);
  }

  @Test
  void shouldFailWhenGatewayIsNotReachable() {
    URI nobodyListening = gateway.url();
    gateway.close();

    assertThatThrownBy(() -> loader(nobodyListening).loadIfRegistryEmpty(province))
        .isInstanceOf(DemoLoadException.class)
        .hasMessageContaining("Gateway not reachable");
  }

  private static DemoProvinceLoader loader(URI gatewayUrl) {
    return new DemoProvinceLoader(new GatewayApi(gatewayUrl, Duration.ofMillis(5)));
  }

  private static FakeGateway startGateway() {
    try {
      return new FakeGateway();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
