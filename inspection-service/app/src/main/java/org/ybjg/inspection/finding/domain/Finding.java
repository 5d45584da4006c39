package org.ybjg.inspection.finding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.inspection.directory.domain.DirectoryEntry;

/**
 * What an inspection found against a designated institution: the start of case handling. It keeps
 * the institution's name, ownership and place as the directory showed them when it was recorded.
 *
 * @param regionPath the institution's county and its ancestors (what scoped queries match)
 * @param recordedBy username of whoever recorded it (whoever checks signs, 承医保发〔2019〕2号 §7)
 * @param requestKey the idempotency key of the request that recorded it, if any
 */
public record Finding(
    String id,
    long version,
    String institutionId,
    String institutionName,
    String ownership,
    String countyCode,
    List<String> regionPath,
    FindingCategory category,
    String description,
    BigDecimal improperAmount,
    LocalDate foundOn,
    String recordedBy,
    Instant recordedAt,
    String requestKey) {

  public static final int MAX_DESCRIPTION = 2000;

  /**
   * Whether {@code command} asks for this finding (the same institution, category, description,
   * amount and day): a retry does, another finding under the same idempotency key does not.
   */
  public boolean answers(RecordFindingCommand command) {
    return institutionId.equals(command.institutionId())
        && category == command.category()
        && command.description() != null
        && description.equals(command.description().strip())
        && command.improperAmount() != null
        && improperAmount.compareTo(command.improperAmount()) == 0
        && foundOn.equals(command.foundOn());
  }

  public Finding {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
  }

  /**
   * Applies the recording rules: a description of at most 2000 characters, an amount in yuan that
   * is not negative and has at most two decimals, and a day found that is not in the future.
   *
   * @param institution the directory entry, already checked to be within the caller's region
   * @param today the current day in Asia/Shanghai
   */
  public static Finding record(
      String id,
      RecordFindingCommand command,
      DirectoryEntry institution,
      String recordedBy,
      Instant now,
      LocalDate today) {
    if (!institution.id().equals(command.institutionId())) {
      throw new IllegalArgumentException(
          "finding for " + command.institutionId() + " recorded against " + institution.id());
    }
    if (command.category() == null) {
      throw Refusal.rule("invalid-category", "category", "须指明问题类别 (category is required)");
    }
    String description = command.description() == null ? "" : command.description().strip();
    if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
      throw Refusal.rule(
          "invalid-description",
          "description",
          "问题描述不能为空且不超过2000字 (a description of 1 to 2000 characters is required)");
    }
    BigDecimal amount = Yuan.required(command.improperAmount(), "improperAmount");
    if (command.foundOn() == null) {
      throw Refusal.rule("invalid-found-on", "foundOn", "须填写发现日期 (foundOn is required)");
    }
    if (command.foundOn().isAfter(today)) {
      throw Refusal.rule(
          "found-on-in-future",
          "foundOn",
          "发现日期不能晚于今天 (foundOn " + command.foundOn() + " is after today, " + today + ")");
    }
    return new Finding(
        id,
        0,
        institution.id(),
        institution.name(),
        institution.ownership(),
        institution.countyCode(),
        institution.regionPath(),
        command.category(),
        description,
        amount,
        command.foundOn(),
        recordedBy,
        now.truncatedTo(ChronoUnit.MILLIS),
        command.requestKey());
  }
}
