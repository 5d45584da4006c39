package org.ybjg.inspection.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ybjg.inspection.sampling.PublishedDrawRecord;

/**
 * Runs the standalone inspection-service/verifier/Verifier.java with {@code java} on a draw record
 * produced by the service's draw core (targets, teams, a recusal), and on tampered copies.
 */
class VerifierRunTest {

  @TempDir Path dir;

  private DrawRecord record() {
    DrawRecord drawn = DrawRecord.draw(RosterFixtures.input());
    Team first = drawn.teams().get(0);
    return drawn.withRecusal(
        first.targetId(),
        first.members().get(0).inspectorId(),
        "近亲属在该院任职",
        Instant.parse("2026-10-02T01:00:00Z"));
  }

  private static String json(DrawRecord r) {
    return PublishedDrawRecord.of(r).toJson();
  }

  private String run(String json) throws IOException, InterruptedException {
    Path file = dir.resolve("draw-record.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path verifier = Path.of("..", "verifier", "Verifier.java").toAbsolutePath().normalize();
    Process p =
        new ProcessBuilder(java.toString(), verifier.toString(), file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  @Test
  void shouldPrintMatchWhenVerifyingRecordProducedByService() throws Exception {
    DrawRecord r = record();
    assertThat(r.recusals()).hasSize(1);
    assertThat(run(json(r))).startsWith("MATCH");
  }

  @Test
  void shouldShowDifferenceWhenPublishedTargetsWereTampered() throws Exception {
    DrawRecord r = record();
    String selected = r.results().get(1).selected().get(1);
    String tampered =
        json(r)
            .replace(
                "\"selected\":[\"s-7\",\"" + selected + "\"", "\"selected\":[\"s-7\",\"s-999\"");
    assertThat(tampered).isNotEqualTo(json(r));
    assertThat(run(tampered)).startsWith("DIFFERENCE").contains("stratum SECONDARY");
  }

  @Test
  void shouldShowDifferenceWhenTheSecretDoesNotMatchTheCommitment() throws Exception {
    DrawRecord r = record();
    String tampered =
        json(r)
            .replace(
                "\"secret\":\"" + r.secret() + "\"",
                "\"secret\":\"0" + r.secret().substring(1) + "\"");
    assertThat(run(tampered)).startsWith("DIFFERENCE").contains("commitment");
  }

  @Test
  void shouldShowDifferenceWhenAReplacementWasChosenByHand() throws Exception {
    DrawRecord r = record();
    Recusal recusal = r.recusals().get(0);
    String other =
        r.roster().stream()
            .map(RosterMember::id)
            .filter(id -> !id.equals(recusal.replacementId()) && !id.equals(recusal.inspectorId()))
            .findFirst()
            .orElseThrow();
    String tampered =
        json(r)
            .replace(
                "\"replacementId\":\"" + recusal.replacementId() + "\"",
                "\"replacementId\":\"" + other + "\"");
    assertThat(run(tampered))
        .startsWith("DIFFERENCE")
        .contains("recusal of " + recusal.inspectorId());
  }

  @Test
  void shouldShowDifferenceWhenATeamWasSwapped() throws Exception {
    DrawRecord r = record();
    Team t = r.teams().get(1);
    String json = json(r);
    int teamsAt = json.lastIndexOf("\"teams\":");
    String a = t.members().get(0).inspectorId();
    String b = t.members().get(1).inspectorId();
    String tail =
        json.substring(teamsAt)
            .replaceFirst("\"inspectorId\":\"" + a + "\"", "\"inspectorId\":\"X\"")
            .replaceFirst("\"inspectorId\":\"" + b + "\"", "\"inspectorId\":\"" + a + "\"")
            .replaceFirst("\"inspectorId\":\"X\"", "\"inspectorId\":\"" + b + "\"");
    String tampered = json.substring(0, teamsAt) + tail;
    assertThat(tampered).isNotEqualTo(json);
    assertThat(run(tampered)).startsWith("DIFFERENCE").contains("team of");
  }

  @Test
  void shouldMatchAWeightedDrawAndNoticeChangedWeights() throws Exception {
    DrawRecord weighted = DrawRecord.draw(RosterFixtures.weightedInput());
    assertThat(weighted.results().get(1).selected())
        .isNotEqualTo(DrawRecord.draw(RosterFixtures.input()).results().get(1).selected());
    assertThat(run(json(weighted))).startsWith("MATCH");
    String json = json(weighted);
    String reweighted = json.substring(0, json.lastIndexOf("\"weights\":")) + "\"weights\":{}}";
    assertThat(run(reweighted)).startsWith("DIFFERENCE").contains("stratum SECONDARY");
  }
}
