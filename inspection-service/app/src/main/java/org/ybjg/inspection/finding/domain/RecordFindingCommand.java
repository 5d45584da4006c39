package org.ybjg.inspection.finding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an inspector asks to record.
 *
 * @param improperAmount yuan found improperly paid by the fund (0 where none)
 * @param requestKey the client's idempotency key (already qualified by the caller), or null
 */
public record RecordFindingCommand(
    String institutionId,
    FindingCategory category,
    String description,
    BigDecimal improperAmount,
    LocalDate foundOn,
    String requestKey) {}
