package org.ybjg.cases.ledger.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.CaseStatus;

/**
 * The clear-to-zero ledger (问题台账, 吕医保发〔2021〕36号 §(三)3): of the problems in a region, which are
 * cleared (closed) and which remain, each remaining one with its origin, status, deadline and —
 * where recorded — the reason it cannot be cleared by the campaign deadline.
 */
public record Ledger(
    LocalDate campaignDeadline,
    LocalDate asOf,
    long total,
    long cleared,
    List<CaseFile> open,
    long openWithoutReason) {

  public static Ledger of(List<CaseFile> cases, LocalDate campaignDeadline, LocalDate asOf) {
    List<CaseFile> open =
        cases.stream()
            .filter(c -> c.status() != CaseStatus.CLOSED)
            .sorted(Comparator.comparing(CaseFile::openedOn).thenComparing(CaseFile::id))
            .toList();
    long withoutReason = open.stream().filter(c -> c.ledgerNote() == null).count();
    return new Ledger(
        campaignDeadline, asOf, cases.size(), cases.size() - open.size(), open, withoutReason);
  }

  public long daysLeft() {
    return ChronoUnit.DAYS.between(asOf, campaignDeadline);
  }
}
