package org.ybjg.inspection.ceremony.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ybjg.chassis.domain.Refusal;

/**
 * A recorded seed ceremony (the commit–reveal of sampling draws and cross-check pairings):
 * officials' entries in the recorded order, the revealed secret and the seed {@code
 * digits1|digits2|...|secret} that follows from them. inspection-service/verifier/Verifier.java
 * recomputes the seed the same way.
 */
public record Ceremony(
    List<Official> officials, String secret, String seed, String recordedBy, Instant at) {

  /**
   * One limit for every ceremony. 20 is the wider of the two limits the features had (sampling 10,
   * cross-checks 20): a county-pairing ceremony may seat an official per county of a city, and no
   * request valid before is refused now. The API spec's maxItems say the same.
   */
  public static final int MAX_OFFICIALS = 20;

  /** Longest official's name recorded (the spec's maxLength). */
  public static final int MAX_NAME_LENGTH = 50;

  public Ceremony {
    officials = officials == null ? List.of() : List.copyOf(officials);
  }

  /**
   * Holds the ceremony: 1 to {@link #MAX_OFFICIALS} named officials with 1–64 digits each, and a
   * secret that hashes to the published commitment; otherwise refuses (422) and nothing is
   * recorded. Names are recorded stripped and every entry carries the recording time (milliseconds,
   * as stored).
   */
  public static Ceremony hold(
      List<Official> officials, String secret, String commitment, String recordedBy, Instant now) {
    if (officials == null || officials.isEmpty() || officials.size() > MAX_OFFICIALS) {
      throw invalid(
          "officials",
          "须由1至"
              + MAX_OFFICIALS
              + "名工作人员依次录入数字 (1 to "
              + MAX_OFFICIALS
              + " officials enter digits)");
    }
    for (Official official : officials) {
      String name = official.name() == null ? "" : official.name().strip();
      if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
        throw invalid(
            "officials.name",
            "须记录录入人员姓名 (each official is named, at most " + MAX_NAME_LENGTH + " characters)");
      }
      if (official.digits() == null || !official.digits().matches("[0-9]{1,64}")) {
        throw invalid("officials.digits", "每人录入1至64位数字 (each official enters 1 to 64 digits)");
      }
    }
    Commitment.requireRevealed(secret, commitment);
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    List<Official> recorded =
        officials.stream()
            .map(o -> new Official(o.name().strip(), o.role(), o.digits(), at))
            .toList();
    return new Ceremony(recorded, secret, seed(recorded, secret), recordedBy, at);
  }

  /**
   * The seed of a ceremony: the officials' digits in the recorded order, then the revealed secret.
   */
  public static String seed(List<Official> officials, String secret) {
    return String.join("|", officials.stream().map(Official::digits).toList()) + "|" + secret;
  }

  private static Refusal invalid(String field, String message) {
    return Refusal.rule("invalid-ceremony", field, message);
  }
}
