package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long an event takes from a command's response to its effect being visible in another service,
 * on the local platform: (1) an institution registered through the gateway until the inspection
 * service's directory serves it; (2) a case decision with a suspension until the registry serves
 * the suspended agreement. Each effect is polled every 2 ms straight at the service that shows it,
 * so the figure includes at most one poll interval and one read. A measurement, not part of the
 * build (the jars must be built first):
 *
 * <pre>
 * ./mvnw -q install -DskipTests -Dskip.ui
 * ./mvnw -q -pl deploy/local/platform test -Dtest=EventLatencyBenchmark -Dbenchmark=true \
 *   -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.commands=200]
 * </pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class EventLatencyBenchmark {

  private static final String COUNTY = "990103";
  private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");
  private static final Duration GIVE_UP = Duration.ofSeconds(30);
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");

  @TempDir Path varDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger registered = new AtomicInteger();
  private URI gateway;
  private String cityAdmin;

  @Test
  void printTheEventLatencies() throws Exception {
    int commands = Integer.getInteger("benchmark.commands", 200);
    try (Platform platform =
        new Platform(PlatformConfig.withPortOffset(PlatformConfig.findRootDir(), varDir, 35000))
            .start()) {
      gateway = platform.gatewayUrl();
      cityAdmin = DemoTokens.of(gateway, "city-admin");
      URI inspection = platform.url(ServiceModule.INSPECTION);
      URI registry = platform.url(ServiceModule.REGISTRY);
      URI cases = platform.url(ServiceModule.CASES);

      // warm-up: the first calls of each path pay for class loading and JIT, not for the events
      for (int i = 0; i < 20; i++) {
        String id = register("预热" + i);
        await(
            inspection.resolve("/api/inspection/directory/" + id),
            response -> response.statusCode() == 200);
      }

      long[] directory = new long[commands];
      List<String> institutions = new ArrayList<>();
      for (int i = 0; i < commands; i++) {
        String id = register("名录" + i);
        long answered = System.nanoTime();
        directory[i] =
            await(
                    inspection.resolve("/api/inspection/directory/" + id),
                    response -> response.statusCode() == 200)
                - answered;
        institutions.add(id);
      }
      print(
          "registry → inspection directory (institution registered → directory entry)", directory);

      long[] suspension = new long[commands];
      for (int i = 0; i < commands; i++) {
        String institutionId = institutions.get(i);
        String caseId = openCase(institutionId, cases);
        long answered = decide(caseId);
        suspension[i] =
            await(
                    registry.resolve("/api/registry/institutions/" + institutionId),
                    response ->
                        response.statusCode() == 200
                            && "SUSPENDED".equals(agreementState(response.body())))
                - answered;
      }
      print("cases → registry (decision with suspension → agreement suspended)", suspension);
    }
  }

  private String register(String name) throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            gateway.resolve("/api/registry/institutions"),
            """
        {"nationalCode":"H%s%05d","name":"东江市事件时延%s医院（演示）","type":"MEDICAL_INSTITUTION",
         "level":"SECONDARY","ownership":"PRIVATE","countyCode":"%s","agreementSignedOn":"2025-01-01"}"""
                .formatted(COUNTY, registered.incrementAndGet(), name, COUNTY));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return first(ID, response.body());
  }

  /**
   * A finding against the institution, its case opened by the case service, and the procedure up to
   * a decision.
   */
  private String openCase(String institutionId, URI cases) throws Exception {
    HttpResponse<String> finding =
        send(
            "POST",
            gateway.resolve("/api/inspection/findings"),
            """
        {"institutionId":"%s","category":"GENERAL_VIOLATION","description":"串换药品 12 笔，涉及医保基金 18600 元",
         "improperAmount":"18600.00","foundOn":"%s"}"""
                .formatted(institutionId, LocalDate.now(BUREAU_ZONE)));
    assertThat(finding.statusCode()).as(finding.body()).isEqualTo(201);
    URI list = cases.resolve("/api/cases/cases?institutionId=" + institutionId);
    await(list, response -> response.statusCode() == 200 && ID.matcher(response.body()).find());
    String caseId = first(ID, send("GET", list, null).body());
    step(caseId, "{\"action\":\"FILE\",\"signedBy\":[\"张局长(演示)\"]}");
    step(
        caseId,
        "{\"action\":\"NOTIFY\",\"proposal\":\"拟暂停医保服务6个月(演示)\",\"proposesAgreementMeasure\":true}");
    step(caseId, "{\"action\":\"WAIVE\",\"signedBy\":[\"院长(演示)\"]}");
    step(caseId, "{\"action\":\"LEGAL_REVIEW\",\"signedBy\":[\"法制审核员(演示)\"]}");
    return caseId;
  }

  private void step(String caseId, String json) throws Exception {
    HttpResponse<String> response =
        send("POST", gateway.resolve("/api/cases/cases/" + caseId + "/steps"), json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  /** Issues the decision and returns the moment its response arrived. */
  private long decide(String caseId) throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            gateway.resolve("/api/cases/cases/" + caseId + "/decision"),
            """
        {"measures":[{"kind":"SUSPEND_AGREEMENT","months":6,"from":"%s"}],"fineAmount":"18600.00"}"""
                .formatted(LocalDate.now(BUREAU_ZONE)));
    long answered = System.nanoTime();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return answered;
  }

  /** Polls every 2 ms until the answer satisfies the condition; returns the moment it did. */
  private long await(URI uri, Predicate<HttpResponse<String>> condition) throws Exception {
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = send("GET", uri, null);
      if (condition.test(response)) {
        return System.nanoTime();
      }
      Thread.sleep(2);
    }
    throw new AssertionError("no effect within " + GIVE_UP + " at " + uri);
  }

  private HttpResponse<String> send(String method, URI uri, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + cityAdmin);
    if (json == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String agreementState(String institutionJson) {
    int agreement = institutionJson.indexOf("\"agreement\"");
    Matcher state = STATE.matcher(institutionJson);
    return agreement >= 0 && state.find(agreement) ? state.group(1) : "";
  }

  private static String first(Pattern pattern, String json) {
    Matcher matcher = pattern.matcher(json);
    assertThat(matcher.find()).as(json).isTrue();
    return matcher.group(1);
  }

  private static void print(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "[measure] %s over %d commands: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        what,
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted[sorted.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
