package org.ybjg.inspection.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the standalone inspection-service/verifier/Verifier.java (issue #4 §4) with {@code java} on a
 * draw record produced by the service's draw core, and on a tampered copy.
 */
class VerifierRunTest {

  @TempDir Path dir;

  private DrawRecord record() {
    Map<String, List<String>> population = new LinkedHashMap<>();
    population.put("TERTIARY", IntStream.range(0, 9).mapToObj(i -> "t-" + i).toList());
    population.put("SECONDARY", IntStream.range(0, 40).mapToObj(i -> "s-" + i).toList());
    population.put("TOP30", IntStream.range(0, 5).mapToObj(i -> "f-" + i).toList());
    String seed = Seed.fromCeremony(List.of("3141", "2718"), "server-secret");
    return DrawRecord.draw("plan-1", "2026.1", seed, Seed.commitment(seed), population,
        List.of(new Stratum("TERTIARY", 50, 0), new Stratum("SECONDARY", 30, 0),
            new Stratum("TOP30", 10, 10)),
        Set.of("s-7"), Set.of("t-1"));
  }

  private String run(String json) throws IOException, InterruptedException {
    Path file = dir.resolve("draw-record.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path verifier = Path.of("..", "verifier", "Verifier.java").toAbsolutePath().normalize();
    Process p = new ProcessBuilder(java.toString(), verifier.toString(), file.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  @Test
  void shouldPrintMatchWhenVerifyingRecordProducedByService() throws Exception {
    assertThat(run(record().toJson())).startsWith("MATCH");
  }

  @Test
  void shouldShowDifferenceWhenPublishedTargetsWereTampered() throws Exception {
    DrawRecord r = record();
    String selected = r.results().get(1).selected().get(1);
    String tampered = r.toJson().replace("\"selected\":[\"s-7\",\"" + selected + "\"",
        "\"selected\":[\"s-7\",\"s-999\"");
    assertThat(tampered).isNotEqualTo(r.toJson());
    assertThat(run(tampered)).startsWith("DIFFERENCE").contains("stratum SECONDARY");
  }
}
