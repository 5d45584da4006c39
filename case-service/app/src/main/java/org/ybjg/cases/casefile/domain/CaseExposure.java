package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.ybjg.chassis.domain.Refusal;

/**
 * A decided case published as a typical case (典型案例曝光, docs/sources.md): the public summary, when
 * and by whom. Public endpoints carry no personal data (docs/architecture.md): a summary that looks
 * like it holds an ID-card or a mobile phone number is refused.
 */
public record CaseExposure(String summary, LocalDate publishedOn, String publishedBy) {

  private static final Pattern ID_CARD =
      Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

  /**
   * The exposure of {@code summary} as the public reads it, refused when empty or holding personal
   * data.
   */
  public static CaseExposure publish(String summary, LocalDate on, String by) {
    if (summary == null || summary.isBlank()) {
      throw Refusal.rule("summary-required", "summary", "write the summary the public reads");
    }
    String personal = personalDataIn(summary);
    if (personal != null) {
      throw Refusal.rule("personal-data", "summary", personal + ": publish no personal data");
    }
    return new CaseExposure(summary.strip(), on, by);
  }

  /** Why {@code text} may not be published, or null when it may. */
  public static String personalDataIn(String text) {
    if (ID_CARD.matcher(text).find()) {
      return "the summary seems to hold an ID-card number";
    }
    if (MOBILE.matcher(text).find()) {
      return "the summary seems to hold a mobile phone number";
    }
    return null;
  }
}
