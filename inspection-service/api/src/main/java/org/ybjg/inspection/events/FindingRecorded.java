package org.ybjg.inspection.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code inspection.finding-recorded.v1} on {@link InspectionTopics#EVENTS}: an inspector recorded
 * a finding against a designated institution. Schema: {@code
 * events/inspection.finding-recorded.v1.schema.json}.
 *
 * @param category FRAUD (art. 40), GENERAL_VIOLATION (art. 38), MANAGEMENT (art. 39) or OTHER
 * @param improperAmount yuan, scale 2, as a JSON string so no precision is lost
 */
public record FindingRecorded(
    String findingId,
    String institutionId,
    String institutionName,
    String ownership,
    String countyCode,
    String category,
    String description,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal improperAmount,
    LocalDate foundOn,
    String recordedBy) {

  public static final String TYPE = "inspection.finding-recorded.v1";
}
