package org.ybjg.registry.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an institution's history as {@code GET /api/registry/institutions/{id}/history}
 * shows it. Entries come from the institution's own {@code history} (agreement changes,
 * registration, fund payments) and from {@link HistorySource} beans of other features (filings,
 * evaluations, credit records).
 *
 * @param at when it happened (UTC instant); entries are answered in this order, oldest first
 * @param source the feature the entry comes from, e.g. {@code INSTITUTION}, {@code FILING}, {@code
 *     EVALUATION}, {@code CREDIT}
 * @param kind a stable English code of what happened, e.g. {@code AGREEMENT_SUSPENDED}, {@code
 *     FILING_SUBMITTED}
 * @param kindLabel the zh-CN label of {@code kind}, e.g. 暂停医保服务
 * @param reference what it refers to (a case id, a filing id, ...), may be null
 * @param detail human-readable detail (zh-CN), may be null
 * @param by who did it (username or {@code system}), may be null
 */
public record HistoryEntryView(
    Instant at,
    String source,
    String kind,
    String kindLabel,
    String reference,
    String detail,
    String by) {

  public HistoryEntryView {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
  }
}
