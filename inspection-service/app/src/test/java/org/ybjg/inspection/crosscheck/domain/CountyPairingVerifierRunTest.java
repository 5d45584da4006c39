package org.ybjg.inspection.crosscheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ybjg.inspection.ceremony.domain.Official;

/**
 * Runs the standalone inspection-service/verifier/Verifier.java with {@code java} on a
 * county-pairing record (the JSON shape of GET /api/inspection/public/cross-check-pairings/{id})
 * and on tampered copies. CrossCheckIT runs it on the record the service itself publishes.
 */
public class CountyPairingVerifierRunTest {

  @TempDir Path dir;

  private static CountyPairing fixed() {
    Instant now = Instant.parse("2025-09-25T02:00:00Z");
    return CountyPairing.commit(
            "p1",
            "990100",
            List.of("990100", "990000"),
            List.of("990102", "990103", "990104", "990105"),
            true,
            null,
            "server-secret",
            "city-admin",
            now)
        .fix(
            List.of(new Official("王局长", "31415"), new Official("李科长", "27182")),
            null,
            "city-admin",
            now);
  }

  /** The record as the public endpoint writes it (same field names). */
  static String json(CountyPairing p) {
    String counties =
        p.counties().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
    String officials =
        p.ceremony().officials().stream()
            .map(o -> "{\"name\":\"" + o.name() + "\",\"digits\":\"" + o.digits() + "\"}")
            .collect(Collectors.joining(","));
    String order =
        p.order().stream()
            .map(r -> "{\"countyCode\":\"" + r.countyCode() + "\",\"key\":\"" + r.key() + "\"}")
            .collect(Collectors.joining(","));
    String pairs =
        p.pairs().stream()
            .map(
                x ->
                    "{\"inspectedCounty\":\""
                        + x.inspectedCounty()
                        + "\",\"inspectingCounty\":\""
                        + x.inspectingCounty()
                        + "\"}")
            .collect(Collectors.joining(","));
    return "{\"kind\":\"county-pairing\",\"id\":\""
        + p.id()
        + "\",\"cityCode\":\""
        + p.cityCode()
        + "\",\"counties\":["
        + counties
        + "],\"noReciprocal\":"
        + p.noReciprocal()
        + ",\"status\":\"FIXED\""
        + ",\"commitment\":\""
        + p.commitment()
        + "\",\"secretSupplied\":false,\"ceremony\":{\"officials\":["
        + officials
        + "],\"fixedAt\":\"2025-09-25T02:00:00Z\",\"fixedBy\":\"city-admin\"},\"secret\":\""
        + p.revealedSecret()
        + "\",\"seed\":\""
        + p.seed()
        + "\",\"order\":["
        + order
        + "],\"pairs\":["
        + pairs
        + "]}";
  }

  public static String runVerifier(Path dir, String json) throws IOException, InterruptedException {
    Path file = dir.resolve("pairing.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path verifier = Path.of("..", "verifier", "Verifier.java").toAbsolutePath().normalize();
    Process process =
        new ProcessBuilder(java.toString(), verifier.toString(), file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }

  @Test
  void shouldPrintMatchForThePairingTheDomainFixed() throws Exception {
    assertThat(runVerifier(dir, json(fixed()))).startsWith("MATCH");
  }

  @Test
  void shouldShowTheDifferenceWhenThePairsWereSwapped() throws Exception {
    CountyPairing p = fixed();
    Derangement.Pair first = p.pairs().get(0);
    Derangement.Pair second = p.pairs().get(1);
    String tampered =
        json(p)
            .replace(
                "\"inspectedCounty\":\""
                    + first.inspectedCounty()
                    + "\",\"inspectingCounty\":\""
                    + first.inspectingCounty(),
                "\"inspectedCounty\":\"" + first.inspectedCounty() + "\",\"inspectingCounty\":\"X")
            .replace(
                "\"inspectedCounty\":\""
                    + second.inspectedCounty()
                    + "\",\"inspectingCounty\":\""
                    + second.inspectingCounty(),
                "\"inspectedCounty\":\""
                    + second.inspectedCounty()
                    + "\",\"inspectingCounty\":\""
                    + first.inspectingCounty())
            .replace(
                "\"inspectingCounty\":\"X", "\"inspectingCounty\":\"" + second.inspectingCounty());

    assertThat(tampered).isNotEqualTo(json(p));
    assertThat(runVerifier(dir, tampered)).startsWith("DIFFERENCE").contains("pairs");
  }

  @Test
  void shouldShowTheDifferenceWhenTheRevealedSecretDoesNotMatchTheCommitment() throws Exception {
    CountyPairing p = fixed();
    String tampered =
        json(p).replace("\"secret\":\"server-secret\"", "\"secret\":\"other-secret\"");

    assertThat(runVerifier(dir, tampered))
        .startsWith("DIFFERENCE")
        .contains("commitment")
        .contains("seed");
  }
}
