package org.ybjg.registry.filing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.registry.filing.domain.AnnualFiling;
import org.ybjg.registry.filing.domain.FilingStatus;
import org.ybjg.registry.history.HistoryEntryView;
import org.ybjg.registry.history.HistorySource;

/**
 * Puts annual filings into the institution's history: each submission, and each filing flagged
 * missing.
 */
@Component
class FilingHistorySource implements HistorySource {

  static final String SOURCE = "FILING";
  static final String SWEEP = "system:filing-sweep";

  private final Filings filings;

  FilingHistorySource(Filings filings) {
    this.filings = filings;
  }

  @Override
  public List<HistoryEntryView> entriesFor(String institutionId) {
    List<HistoryEntryView> entries = new ArrayList<>();
    for (AnnualFiling filing : filings.ofInstitution(institutionId)) {
      if (filing.flaggedMissingAt() != null) {
        entries.add(
            new HistoryEntryView(
                filing.flaggedMissingAt(),
                SOURCE,
                "FILING_MISSING",
                "未按期备案（视为拒绝检查）",
                filing.id(),
                filing.year() + " 年度资格备案截止 " + filing.deadline() + " 未报送，视为抗拒检查，可直接解除协议",
                SWEEP));
      }
      if (filing.submittedAt() != null) {
        boolean late = filing.status() == FilingStatus.LATE;
        entries.add(
            new HistoryEntryView(
                filing.submittedAt(),
                SOURCE,
                late ? "FILING_SUBMITTED_LATE" : "FILING_SUBMITTED",
                late ? "逾期提交年度资格备案" : "提交年度资格备案",
                filing.id(),
                filing.year() + " 年度资格备案（截止 " + filing.deadline() + "）",
                filing.submittedBy()));
      }
    }
    return entries;
  }
}
