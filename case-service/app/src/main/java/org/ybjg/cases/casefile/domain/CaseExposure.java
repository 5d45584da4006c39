package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.util.Collection;
import org.ybjg.chassis.domain.PersonalDataScreen;
import org.ybjg.chassis.domain.Refusal;

/**
 * A decided case published as a typical case (典型案例曝光, docs/sources.md): the public summary, when
 * and by whom. Public endpoints carry no personal data (docs/architecture.md): a summary the
 * chassis's {@link PersonalDataScreen} finds an ID-card or phone number in, however written, or the
 * name of one of the case's whistleblowers, is refused.
 */
public record CaseExposure(String summary, LocalDate publishedOn, String publishedBy) {

  /**
   * The exposure of {@code summary} as the public reads it, refused when empty or holding personal
   * data.
   */
  public static CaseExposure publish(
      String summary, Collection<String> protectedNames, LocalDate on, String by) {
    if (summary == null || summary.isBlank()) {
      throw Refusal.rule("summary-required", "summary", "write the summary the public reads");
    }
    PersonalDataScreen.refuseIfFound("summary", summary, protectedNames);
    return new CaseExposure(summary.strip(), on, by);
  }
}
