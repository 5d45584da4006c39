package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.util.List;
import org.ybjg.cases.institution.domain.Ownership;
import org.ybjg.chassis.domain.Refusal;

/**
 * How a case starts: the clue registered (案源登记), its filing period running from the day the clue
 * came in.
 */
final class CaseOpening {

  private CaseOpening() {}

  /**
   * Registers the clue of a finding (案源登记): the bureau must decide whether to file it within the
   * filing period counted from the day the finding was made. {@code ownership} is the registry's
   * when the case service has it, else the finding's.
   */
  static CaseFile fromFinding(
      Finding finding, Ownership ownership, List<String> regionPath, ProcedureRules rules) {
    if (regionPath == null
        || regionPath.isEmpty()
        || !regionPath.get(0).equals(finding.countyCode())) {
      throw new IllegalArgumentException(
          "the region path of a case starts with its county " + finding.countyCode());
    }
    LocalDate clueOn =
        finding.foundOn() == null || finding.foundOn().isAfter(rules.today())
            ? rules.today()
            : finding.foundOn();
    LocalDate filingDue = rules.plus(clueOn, LimitKey.FILING);
    return new CaseFile(
        CaseFile.idForFinding(finding.findingId()),
        CaseFile.FIRST_VERSION,
        CaseStatus.CLUE,
        CaseOrigin.INSPECTION_FINDING,
        finding.findingId(),
        finding.institutionId(),
        finding.institutionName(),
        ownership == null ? finding.ownership() : ownership,
        finding.countyCode(),
        regionPath,
        finding.category(),
        finding.improperAmount(),
        rules.today(),
        Procedure.ofClue(clueOn, filingDue),
        Deadline.of(DeadlineStep.FILING, filingDue),
        null,
        List.of(),
        Recovery.NONE,
        null,
        null,
        List.of(
            new HistoryEntry(
                HistoryKind.OPENED, rules.now(), HistoryEntry.SYSTEM, clueOn, List.of(), null)),
        null);
  }

  /**
   * Registers a clue that is not an inspection finding (案源登记): a tip-off, a smart-monitoring lead,
   * a self-inspection report or an upper-level handover. Filing is due 15 working days after the
   * clue was received.
   */
  static CaseFile fromClue(Clue clue, List<String> regionPath, ProcedureRules rules, String by) {
    if (clue.origin() == CaseOrigin.INSPECTION_FINDING) {
      throw new IllegalArgumentException(
          "inspection findings open their cases from the inspection events");
    }
    LocalDate receivedOn = clue.receivedOn() == null ? rules.today() : clue.receivedOn();
    if (receivedOn.isAfter(rules.today())) {
      throw Refusal.rule("clue-in-future", "receivedOn", "收到线索的日期 " + receivedOn + " 晚于今天");
    }
    CaseSource source = clue.source();
    if (source.periodFrom() != null
        && source.periodTo() != null
        && source.periodTo().isBefore(source.periodFrom())) {
      throw Refusal.rule(
          "period-out-of-order",
          "periodTo",
          "违规期间的结束日 " + source.periodTo() + " 早于开始日 " + source.periodFrom());
    }
    LocalDate filingDue = rules.plus(receivedOn, LimitKey.FILING);
    return new CaseFile(
        CaseFile.idForClue(clue.origin(), source.reference()),
        CaseFile.FIRST_VERSION,
        CaseStatus.CLUE,
        clue.origin(),
        null,
        clue.institutionId(),
        clue.institutionName(),
        clue.ownership(),
        clue.countyCode(),
        regionPath,
        clue.category(),
        clue.amountInvolved(),
        rules.today(),
        Procedure.ofClue(receivedOn, filingDue),
        Deadline.of(DeadlineStep.FILING, filingDue),
        null,
        List.of(),
        Recovery.NONE,
        null,
        null,
        List.of(
            new HistoryEntry(
                HistoryKind.OPENED,
                rules.now(),
                by,
                receivedOn,
                List.of(),
                clue.origin().label() + " " + source.reference())),
        source);
  }
}
