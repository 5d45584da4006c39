package org.ybjg.inspection.ceremony.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/** The commit–reveal ceremony shared by sampling draws and cross-check pairings. */
class CeremonyTest {

  private static final Instant NOW = Instant.parse("2026-10-01T02:00:00.123456Z");

  private static List<Official> officials(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Official("官员" + i, String.valueOf(i))).toList();
  }

  // the commitment binds the server secret, published before the officials' digits exist
  @Test
  void shouldRejectRevealedSecretWhenItDoesNotMatchCommitment() {
    String secret = Commitment.newSecret();
    assertThat(secret).matches("[0-9a-f]{64}");
    assertThat(Commitment.newSecret()).isNotEqualTo(secret);
    String commitment = Commitment.of(secret);
    assertThat(Commitment.isWellFormed(commitment)).isTrue();
    Commitment.requireRevealed(secret, commitment);
    assertRule(() -> Commitment.requireRevealed(secret + "x", commitment), "secret-mismatch");
    assertRule(
        () -> Ceremony.hold(List.of(new Official("甲", "12a")), secret, commitment, "u", NOW),
        "invalid-ceremony");
    assertThat(
            Ceremony.hold(
                    List.of(new Official("甲", "123"), new Official("乙", "456")),
                    secret,
                    commitment,
                    "u",
                    NOW)
                .seed())
        .isEqualTo("123|456|" + secret);
  }

  @Test
  void shouldAcceptUpToTheOneLimitOfOfficialsAndRecordThemStrippedAndTimed() {
    String commitment = Commitment.of("s");
    Ceremony held = Ceremony.hold(officials(Ceremony.MAX_OFFICIALS), "s", commitment, "admin", NOW);
    assertThat(held.officials()).hasSize(20);
    assertThat(held.at()).isEqualTo(Instant.parse("2026-10-01T02:00:00.123Z"));
    assertThat(held.officials()).allSatisfy(o -> assertThat(o.at()).isEqualTo(held.at()));
    assertThat(
            Ceremony.hold(
                    List.of(new Official(" 王局长 ", "局长", "7", null)), "s", commitment, "admin", NOW)
                .officials())
        .containsExactly(new Official("王局长", "局长", "7", held.at()));
    assertRule(
        () -> Ceremony.hold(officials(Ceremony.MAX_OFFICIALS + 1), "s", commitment, "admin", NOW),
        "invalid-ceremony");
    assertRule(() -> Ceremony.hold(List.of(), "s", commitment, "admin", NOW), "invalid-ceremony");
    assertRule(
        () ->
            Ceremony.hold(
                List.of(new Official("王".repeat(51), "7")), "s", commitment, "admin", NOW),
        "invalid-ceremony");
  }

  @Test
  void shouldRevealTheCallersSecretExactlyWhenTheCallerCommittedToIt() {
    assertThat(Commitment.secretToReveal(false, "server", null)).isEqualTo("server");
    assertThat(Commitment.secretToReveal(false, "server", " ")).isEqualTo("server");
    assertThat(Commitment.secretToReveal(true, null, "bureau")).isEqualTo("bureau");
    assertRule(() -> Commitment.secretToReveal(true, null, null), "secret-mismatch");
    assertRule(() -> Commitment.secretToReveal(false, "server", "mine"), "secret-not-expected");
  }

  private static void assertRule(Runnable action, String type) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo(type));
  }
}
