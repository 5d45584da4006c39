package org.ybjg.registry.review;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.registry.history.HistoryEntryView;
import org.ybjg.registry.history.HistorySource;
import org.ybjg.registry.review.domain.AuditEntry;

/**
 * Contributes the entry review to the history of the institution it registered (source {@code
 * ENTRY_REVIEW}): the institution has its application's id, so the lookup is by primary key.
 */
@Component
class EntryReviewHistory implements HistorySource {

  static final String SOURCE = "ENTRY_REVIEW";

  private final Applications applications;

  EntryReviewHistory(Applications applications) {
    this.applications = applications;
  }

  @Override
  public List<HistoryEntryView> entriesFor(String institutionId) {
    List<HistoryEntryView> entries = new ArrayList<>();
    applications
        .find(institutionId)
        .ifPresent(
            application -> {
              for (AuditEntry entry : application.audit()) {
                entries.add(
                    new HistoryEntryView(
                        entry.at(),
                        SOURCE,
                        "ENTRY_REVIEW_" + entry.action(),
                        label(entry.action()),
                        application.id(),
                        entry.detail(),
                        entry.by()));
              }
            });
    return entries;
  }

  private static String label(String action) {
    return switch (action) {
      case "SUBMITTED" -> "受理定点申请";
      case "REVIEWED" -> "准入审核";
      case "DECIDED" -> "审核决定（签字）";
      case "FILED" -> "备案纳入定点";
      default -> action;
    };
  }
}
