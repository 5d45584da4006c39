package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ybjg.cases.decision.domain.Decision;
import org.ybjg.cases.institution.domain.Ownership;

/**
 * A case (案件) against a designated institution: opened from a clue, then decided. The aggregate of the
 * case service; {@code version} counts its changes (optimistic locking, the API's ETag).
 *
 * @param regionPath the county and its ancestors (region table), for scoped queries
 * @param decision null while the case is open
 */
public record CaseFile(
    String id,
    long version,
    CaseStatus status,
    CaseOrigin origin,
    String findingId,
    String institutionId,
    String institutionName,
    Ownership ownership,
    String countyCode,
    List<String> regionPath,
    FindingCategory category,
    BigDecimal improperAmount,
    LocalDate openedOn,
    Decision decision,
    List<HistoryEntry> history) {

  public static final long FIRST_VERSION = 1;

  public CaseFile {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /**
   * The id of the case opened from a finding: derived from the finding id alone, so that a redelivered
   * finding names the same case and cannot open a second one.
   */
  public static String idForFinding(String findingId) {
    return UUID.nameUUIDFromBytes(("inspection-finding:" + findingId).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /**
   * Opens the case for a finding (立案). {@code ownership} is the registry's when the case service has
   * it, else the finding's.
   */
  public static CaseFile openFrom(Finding finding, Ownership ownership, List<String> regionPath, LocalDate today,
      Instant now) {
    if (regionPath == null || regionPath.isEmpty() || !regionPath.get(0).equals(finding.countyCode())) {
      throw new IllegalArgumentException("the region path of a case starts with its county " + finding.countyCode());
    }
    return new CaseFile(
        idForFinding(finding.findingId()),
        FIRST_VERSION,
        CaseStatus.OPEN,
        CaseOrigin.INSPECTION_FINDING,
        finding.findingId(),
        finding.institutionId(),
        finding.institutionName(),
        ownership == null ? finding.ownership() : ownership,
        finding.countyCode(),
        regionPath,
        finding.category(),
        finding.improperAmount(),
        today,
        null,
        List.of(new HistoryEntry(HistoryKind.OPENED, now, HistoryEntry.SYSTEM)));
  }

  public boolean isDecided() {
    return decision != null;
  }

  /** Records the decision; a case has only one. */
  public CaseFile decide(Decision issued, Instant now) {
    if (isDecided() || status != CaseStatus.OPEN) {
      throw new CaseAlreadyDecided(id, decision == null ? "(none)" : decision.number().text());
    }
    List<HistoryEntry> steps = new ArrayList<>(history);
    steps.add(new HistoryEntry(HistoryKind.DECISION_ISSUED, now, issued.decidedBy()));
    return new CaseFile(id, version + 1, CaseStatus.DECIDED, origin, findingId, institutionId, institutionName,
        ownership, countyCode, regionPath, category, improperAmount, openedOn, issued, steps);
  }
}
