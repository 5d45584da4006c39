package org.ybjg.local.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.ybjg.local.embedded.PlatformTopics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform scaled out — two instances of every service behind the gateway's load balancer, a
 * three-broker Kafka cluster (replication 3, min.insync.replicas 2) — under a steady stream of
 * commands through the gateway (register an institution, record a finding against it, take its case
 * through the statutory procedure to a decision suspending the agreement), while one instance of
 * each service and one broker are killed with {@code kill -9} mid-stream and then restarted.
 *
 * <p>Proves: every accepted command's effect exists exactly once downstream (directory entry, case,
 * suspension and credit record, county report counts), a command refused during the outage took
 * effect at most once, the dead-letter topics stay empty, decision numbers are unique, and the
 * gateway answered with 503 problem details, never hanging, while an instance was down. Prints the
 * figures. Not part of {@code ./mvnw verify} (twelve JVMs on two cores take several minutes): run
 * with {@code -Dscaleout=true} (deploy/README.md).
 */
@EnabledIfSystemProperty(named = "scaleout", matches = "true")
class ScaleOutFaultIT {

  private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");
  private static final String COUNTY = "990102";
  private static final String RUN = Integer.toString((int) (System.nanoTime() % 90000) + 10000);
  private static final Duration EVENTUAL = Duration.ofSeconds(120);

  /** The gateway bounds a backend call at 10 s; anything slower would be a hang. */
  private static final Duration HANG = Duration.ofSeconds(15);

  private static final int PIPELINES_IN_PARALLEL = 3;
  private static final Duration BEFORE_KILL = Duration.ofSeconds(25);
  private static final Duration KILLED_FOR = Duration.ofSeconds(20);
  private static final Duration AFTER_RESTART = Duration.ofSeconds(25);

  private static final List<String> KILLED =
      List.of("registry-2", "inspection-2", "cases-2", "reporting-2");
  private static final int KILLED_BROKER = 2;

  @TempDir static Path varDir;

  private static Platform platform;
  private static URI gateway;
  private static String cityAdmin;
  private static String countyAdmin;

  private final JsonMapper json = JsonMapper.builder().build();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger unavailable = new AtomicInteger();
  private final AtomicInteger unavailableDuringOutage = new AtomicInteger();
  private final AtomicInteger otherRefusals = new AtomicInteger();
  private final AtomicLong slowestMillis = new AtomicLong();
  private final AtomicBoolean outage = new AtomicBoolean();
  private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

  @BeforeAll
  static void startScaledOutPlatform() {
    PlatformConfig config =
        PlatformConfig.fromArgs(
            new String[] {
              "--root=" + PlatformConfig.findRootDir(),
              "--var=" + varDir,
              "--port-offset=30000",
              "--instances=2",
              "--brokers=3",
              "--health-timeout=600",
              "--no-demo-data"
            },
            Map.of());
    platform = new Platform(config).start();
    gateway = platform.gatewayUrl();
    System.out.printf(
        "[measure] scaled-out platform (2 instances of 4 services, gateway, 3 brokers) started in"
            + " %.1f s%n",
        platform.startDuration().toMillis() / 1000.0);
    cityAdmin = DemoTokens.of(gateway, "city-admin");
    countyAdmin = DemoTokens.of(gateway, "county-admin");
  }

  @AfterAll
  static void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void shouldKeepEveryAcceptedEffectExactlyOnceWhenAnInstanceOfEachServiceAndABrokerAreKilled()
      throws Exception {
    long startNanos = System.nanoTime();
    AtomicBoolean streaming = new AtomicBoolean(true);
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<Pipeline> pipelines = new ConcurrentLinkedQueue<>();
    ExecutorService drivers = Executors.newFixedThreadPool(PIPELINES_IN_PARALLEL);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < PIPELINES_IN_PARALLEL; i++) {
      running.add(
          drivers.submit(
              () -> {
                while (streaming.get()) {
                  Pipeline pipeline = new Pipeline(next.incrementAndGet());
                  pipelines.add(pipeline);
                  drive(pipeline);
                }
                return null;
              }));
    }

    Thread.sleep(BEFORE_KILL.toMillis());
    int beforeKill = accepted.get();
    long killNanos = System.nanoTime();
    outage.set(true);
    KILLED.forEach(platform::kill);
    platform.killBroker(KILLED_BROKER);
    System.out.printf("[measure] killed %s and kafka-%d (kill -9)%n", KILLED, KILLED_BROKER);
    Thread.sleep(KILLED_FOR.toMillis());
    List<Thread> restarts = new ArrayList<>();
    for (String name : KILLED) {
      restarts.add(started(() -> platform.restart(name)));
    }
    restarts.add(started(() -> platform.restartBroker(KILLED_BROKER)));
    for (Thread restart : restarts) {
      restart.join();
    }
    outage.set(false);
    long outageSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killNanos);
    System.out.printf("[measure] restarted, %d s after the kills%n", outageSeconds);
    Thread.sleep(AFTER_RESTART.toMillis());
    streaming.set(false);
    for (Future<?> driver : running) {
      driver.get(3, TimeUnit.MINUTES);
    }
    drivers.shutdown();

    Outcome outcome = verify(new ArrayList<>(pipelines));
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf(
        "[measure] scale-out fault run: %.0f s, %d pipelines; commands sent %d, accepted %d"
            + " (%d before the kills), 503 problem details %d (%d during the outage), other"
            + " refusals %d, slowest answer %d ms; effects found %d (directory entries %d, cases"
            + " %d, suspensions %d, credit records %d), refused yet applied %d; duplicates %d,"
            + " lost %d, dead letters %d%n",
        seconds,
        pipelines.size(),
        sent.get(),
        accepted.get(),
        beforeKill,
        unavailable.get(),
        unavailableDuringOutage.get(),
        otherRefusals.get(),
        slowestMillis.get(),
        outcome.effects(),
        outcome.directoryEntries(),
        outcome.cases(),
        outcome.suspensions(),
        outcome.creditRecords(),
        outcome.refusedYetApplied(),
        outcome.duplicates(),
        outcome.lost(),
        outcome.deadLetters());

    assertThat(problems).as("answers that were not what the platform promises").isEmpty();
    assertThat(outcome.duplicates()).as("duplicates").isZero();
    assertThat(outcome.lost()).as("lost effects").isZero();
    assertThat(outcome.deadLetters()).as("dead letters").isZero();
    assertThat(accepted.get()).as("commands accepted after the kills").isGreaterThan(beforeKill);
    assertThat(outcome.cases()).as("cases opened").isPositive();
    assertThat(outcome.suspensions()).as("suspensions").isPositive();
    assertThat(slowestMillis.get()).as("slowest answer (ms)").isLessThan(HANG.toMillis());
  }

  private static Thread started(Runnable task) {
    Thread thread = new Thread(task, "restart");
    thread.start();
    return thread;
  }

  /** One institution's way from registration to a suspension; stops at the first refusal. */
  private void drive(Pipeline p) {
    LocalDate today = LocalDate.now(BUREAU_ZONE);
    Optional<JsonNode> registered =
        command(
            cityAdmin,
            "/api/registry/institutions",
            "{\"nationalCode\":\""
                + p.nationalCode()
                + "\",\"name\":\""
                + p.name()
                + "\",\"type\":\"MEDICAL_INSTITUTION\",\"level\":\"SECONDARY\","
                + "\"ownership\":\"PRIVATE\",\"countyCode\":\""
                + COUNTY
                + "\",\"agreementSignedOn\":\"2025-01-01\"}");
    if (registered.isEmpty()) {
      return;
    }
    p.institutionId = registered.get().path("id").asString();
    p.registrationAccepted = true;
    if (!eventually(() -> get(cityAdmin, "/api/inspection/directory/" + p.institutionId) != null)) {
      problems.add("no directory entry for " + p.institutionId + " within " + EVENTUAL);
      return;
    }
    Optional<JsonNode> finding =
        command(
            cityAdmin,
            "/api/inspection/findings",
            "{\"institutionId\":\""
                + p.institutionId
                + "\",\"category\":\"GENERAL_VIOLATION\",\"description\":\"串换药品 12 笔，涉及医保基金"
                + " 18600 元（演示）\",\"improperAmount\":\"18600.00\",\"foundOn\":\""
                + today
                + "\"}");
    if (finding.isEmpty()) {
      return;
    }
    p.findingAccepted = true;
    if (!eventually(() -> (p.caseId = caseOf(p.institutionId)) != null)) {
      problems.add("no case for the finding against " + p.institutionId + " within " + EVENTUAL);
      return;
    }
    String steps = "/api/cases/cases/" + p.caseId + "/steps";
    for (String step :
        List.of(
            "{\"action\":\"FILE\",\"signedBy\":[\"张局长（演示）\"]}",
            "{\"action\":\"NOTIFY\",\"proposal\":\"拟责令退回并罚款18600元，暂停医保服务6个月（演示）\","
                + "\"proposesAgreementMeasure\":true}",
            "{\"action\":\"WAIVE\",\"signedBy\":[\"院长（演示）\"]}",
            "{\"action\":\"LEGAL_REVIEW\",\"signedBy\":[\"法制审核员（演示）\"]}")) {
      if (command(countyAdmin, steps, step).isEmpty()) {
        return;
      }
    }
    Optional<JsonNode> decided =
        command(
            countyAdmin,
            "/api/cases/cases/" + p.caseId + "/decision",
            "{\"measures\":[{\"kind\":\"SUSPEND_AGREEMENT\",\"months\":6,\"from\":\""
                + today
                + "\"}],\"fineAmount\":\"18600.00\"}");
    if (decided.isPresent()) {
      p.decisionAccepted = true;
      p.decisionNumber = decided.get().path("decision").path("decisionNumber").asString();
    }
  }

  /**
   * Sends a command once (a refused command is not retried: its effect must then exist at most
   * once). Answers its body if accepted (2xx); counts and checks a refusal.
   */
  private Optional<JsonNode> command(String token, String path, String body) {
    sent.incrementAndGet();
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(gateway.resolve(path))
                  .timeout(Duration.ofSeconds(60))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .header("Accept-Language", "zh-CN")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      problems.add("POST " + path + " got no answer: " + e);
      return Optional.empty();
    } finally {
      slowestMillis.accumulateAndGet(
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), Math::max);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      accepted.incrementAndGet();
      return Optional.of(json.readTree(response.body()));
    }
    if (status == 503) {
      unavailable.incrementAndGet();
      if (outage.get()) {
        unavailableDuringOutage.incrementAndGet();
      }
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      if (!contentType.startsWith("application/problem+json")
          || json.readTree(response.body()).path("status").asInt() != 503) {
        problems.add("503 without a problem detail on " + path + ": " + response.body());
      }
      return Optional.empty();
    }
    otherRefusals.incrementAndGet();
    problems.add("POST " + path + " answered " + status + ": " + response.body());
    return Optional.empty();
  }

  /** A read through the gateway: the body if 200, null otherwise (e.g. 404 not yet, 503). */
  private JsonNode get(String token, String pathAndQuery) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(gateway.resolve(pathAndQuery))
                  .timeout(Duration.ofSeconds(30))
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    } catch (Exception e) {
      return null;
    }
  }

  private String caseOf(String institutionId) {
    JsonNode items = casesOf(institutionId);
    return items != null && items.size() == 1 ? items.get(0).path("id").asString() : null;
  }

  private JsonNode casesOf(String institutionId) {
    JsonNode page = get(countyAdmin, "/api/cases/cases?institutionId=" + institutionId);
    return page == null ? null : page.path("items");
  }

  private static boolean eventually(java.util.concurrent.Callable<Boolean> condition) {
    try {
      await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).until(condition);
      return true;
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      return false;
    }
  }

  /**
   * What exists downstream, pipeline by pipeline, once the events have settled; every effect of an
   * accepted command must be there exactly once, that of a refused one at most once.
   */
  private Outcome verify(List<Pipeline> pipelines) {
    Counts counts = new Counts();
    Set<String> decisionNumbers = new HashSet<>();
    for (Pipeline p : pipelines) {
      JsonNode named =
          get(
              cityAdmin,
              "/api/registry/institutions?countyCode="
                  + COUNTY
                  + "&nameContains="
                  + java.net.URLEncoder.encode(p.name(), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(named).as("registry list for " + p.name()).isNotNull();
      int registrations = named.path("items").size();
      if (registrations > 1) {
        counts.duplicates++;
        problems.add(p.name() + " registered " + registrations + " times");
      }
      if (registrations == 0) {
        if (p.registrationAccepted) {
          counts.lost++;
          problems.add(p.name() + " accepted but not in the registry");
        }
        continue;
      }
      String institutionId = named.path("items").get(0).path("id").asString();
      if (!p.registrationAccepted) {
        counts.refusedYetApplied++;
      }
      counts.registered++;
      if (!eventually(() -> get(cityAdmin, "/api/inspection/directory/" + institutionId) != null)) {
        counts.lost++;
        problems.add("no directory entry for " + institutionId);
        continue;
      }
      counts.directoryEntries++;
      JsonNode cases = casesOf(institutionId);
      int caseCount = cases == null ? 0 : cases.size();
      if (caseCount > 1) {
        counts.duplicates++;
        problems.add(institutionId + " has " + caseCount + " cases");
      }
      if (caseCount == 0) {
        if (p.findingAccepted) {
          counts.lost++;
          problems.add("accepted finding against " + institutionId + " opened no case");
        }
        continue;
      }
      counts.cases++;
      JsonNode theCase = get(countyAdmin, "/api/cases/cases/" + cases.get(0).path("id").asString());
      String status = theCase.path("status").asString();
      if (!"DECIDED".equals(status)) {
        if (p.decisionAccepted) {
          counts.lost++;
          problems.add("accepted decision on " + theCase.path("id").asString() + " is " + status);
        }
        continue;
      }
      String caseId = theCase.path("id").asString();
      String number = theCase.path("decision").path("decisionNumber").asString();
      if (!decisionNumbers.add(number)) {
        counts.duplicates++;
        problems.add("decision number " + number + " given twice");
      }
      if (p.decisionAccepted && !number.equals(p.decisionNumber)) {
        problems.add("decision " + caseId + " answered " + p.decisionNumber + ", stored " + number);
      }
      counts.decided++;
      boolean suspended =
          eventually(
              () -> {
                JsonNode institution =
                    get(cityAdmin, "/api/registry/institutions/" + institutionId);
                return institution != null
                    && "SUSPENDED".equals(institution.path("agreement").path("state").asString())
                    && caseId.equals(institution.path("agreement").path("causeCaseId").asString());
              });
      if (!suspended) {
        counts.lost++;
        problems.add(institutionId + " not suspended by " + caseId);
        continue;
      }
      counts.suspensions++;
      AtomicInteger records = new AtomicInteger();
      eventually(
          () -> {
            JsonNode credit =
                get(cityAdmin, "/api/registry/institutions/" + institutionId + "/credit");
            records.set(credit == null ? 0 : credit.path("records").size());
            return records.get() >= 1;
          });
      if (records.get() != 1) {
        if (records.get() > 1) {
          counts.duplicates++;
        } else {
          counts.lost++;
        }
        problems.add(institutionId + " has " + records.get() + " credit records for " + caseId);
      }
      counts.creditRecords += records.get();
    }
    checkCountyReport(counts);
    int deadLetters = deadLetters();
    return new Outcome(
        counts.directoryEntries + counts.cases + counts.suspensions + counts.creditRecords,
        counts.directoryEntries,
        counts.cases,
        counts.suspensions,
        counts.creditRecords,
        counts.refusedYetApplied,
        counts.duplicates,
        counts.lost,
        deadLetters);
  }

  /** Every event counted once by the reporting service, whichever instance consumed it. */
  private void checkCountyReport(Counts counts) {
    boolean matches =
        eventually(
            () -> {
              JsonNode county = get(countyAdmin, "/api/reports/counties/" + COUNTY);
              return county != null
                  && county.path("institutions").asInt() == counts.registered
                  && county.path("findings").asInt() == counts.cases
                  && county.path("casesOpened").asInt() == counts.cases
                  && county.path("decisions").asInt() == counts.decided
                  && county.path("suspensionsDecided").asInt() == counts.decided
                  && county.path("agreementsSuspended").asInt() == counts.suspensions;
            });
    if (!matches) {
      JsonNode county = get(countyAdmin, "/api/reports/counties/" + COUNTY);
      problems.add(
          "county report "
              + county
              + " does not count registered "
              + counts.registered
              + ", cases "
              + counts.cases
              + ", decided "
              + counts.decided
              + ", suspended "
              + counts.suspensions);
      counts.lost++;
    }
  }

  /** Records in every dead-letter topic, read from the start. */
  private int deadLetters() {
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "scaleout-dlt-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
      consumer.subscribe(
          PlatformTopics.partitionsByTopic().keySet().stream()
              .filter(topic -> topic.endsWith(PlatformTopics.DEAD_LETTER_SUFFIX))
              .toList());
      int records = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          records++;
          problems.add("dead letter on " + record.topic() + ": " + record.value());
        }
      }
      return records;
    }
  }

  private static final class Pipeline {
    final int number;
    volatile String institutionId;
    volatile String caseId;
    volatile String decisionNumber;
    volatile boolean registrationAccepted;
    volatile boolean findingAccepted;
    volatile boolean decisionAccepted;

    Pipeline(int number) {
      this.number = number;
    }

    String name() {
      return String.format("扩容故障测试%s医院%05d号（演示）", RUN, number);
    }

    String nationalCode() {
      return String.format("H%s%05d", COUNTY, number);
    }
  }

  private static final class Counts {
    int registered;
    int directoryEntries;
    int cases;
    int decided;
    int suspensions;
    int creditRecords;
    int refusedYetApplied;
    int duplicates;
    int lost;
  }

  private record Outcome(
      int effects,
      int directoryEntries,
      int cases,
      int suspensions,
      int creditRecords,
      int refusedYetApplied,
      int duplicates,
      int lost,
      int deadLetters) {}
}
