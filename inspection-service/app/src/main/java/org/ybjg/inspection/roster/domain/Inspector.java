package org.ybjg.inspection.roster.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.ybjg.chassis.domain.Refusal;

/**
 * A person on the inspector roster (执法人员名录库, 吕医保发〔2021〕36号 §(四)2): the pool that double-random
 * draws pick inspectors from.
 *
 * @param regionPath the home county and its ancestors, nearest first
 * @param requestKey the idempotency key of the request that registered the inspector, if any
 */
public record Inspector(
    String id,
    long version,
    String name,
    InspectorRole role,
    String certificateNumber,
    LocalDate certificateValidUntil,
    String homeCountyCode,
    List<String> regionPath,
    String employer,
    List<Specialty> specialties,
    String registeredBy,
    Instant registeredAt,
    String requestKey,
    List<Affiliation> affiliations,
    List<Unavailability> unavailable,
    String account) {

  public static final int MAX_NAME = 100;
  public static final int MAX_ACCOUNT = 64;
  public static final int MAX_AFFILIATIONS = 50;
  public static final int MAX_UNAVAILABLE = 50;

  public Inspector {
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    specialties = specialties == null ? List.of() : List.copyOf(specialties);
    affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
  }

  /** An inspector registered before affiliations and unavailability were kept. */
  public Inspector(
      String id,
      long version,
      String name,
      InspectorRole role,
      String certificateNumber,
      LocalDate certificateValidUntil,
      String homeCountyCode,
      List<String> regionPath,
      String employer,
      List<Specialty> specialties,
      String registeredBy,
      Instant registeredAt,
      String requestKey) {
    this(
        id,
        version,
        name,
        role,
        certificateNumber,
        certificateValidUntil,
        homeCountyCode,
        regionPath,
        employer,
        specialties,
        registeredBy,
        registeredAt,
        requestKey,
        List.of(),
        List.of(),
        null);
  }

  /**
   * A declared tie to an institution (a relative works there, former employer, shareholding): the
   * inspector is never sent there (回避, docs/law.md#double-random).
   */
  public record Affiliation(String institutionId, String reason) {}

  /** Days the inspector cannot inspect (leave, training, other duty), both included. */
  public record Unavailability(LocalDate from, LocalDate to) {}

  /**
   * Applies the roster rules:
   *
   * <ul>
   *   <li>a law-enforcement officer (行政执法人员) carries a certificate number — only certified officers
   *       may enforce (行政处罚法 art. 42; 吕医保发〔2021〕36号 §(四)2 builds the roster of 执法人员);
   *   <li>a valid-until date belongs to a certificate, and an expired certificate is not
   *       registered;
   *   <li>specialties are a set, kept in their natural order.
   * </ul>
   *
   * @param regionPath the home county's path from the region table (the caller checked the county)
   * @param today the current day in Asia/Shanghai
   */
  public static Inspector register(
      String id,
      RegisterInspectorCommand command,
      List<String> regionPath,
      String registeredBy,
      Instant now,
      LocalDate today) {
    String name = trimToNull(command.name());
    if (name == null || name.length() > MAX_NAME) {
      throw Refusal.rule(
          "invalid-name", "name", "姓名不能为空且不超过100字 (name is required, at most 100 characters)");
    }
    if (command.role() == null) {
      throw Refusal.rule("invalid-role", "role", "须指明人员类别 (role is required)");
    }
    String certificate = trimToNull(command.certificateNumber());
    if (command.role().needsCertificate() && certificate == null) {
      throw Refusal.rule(
          "certificate-required",
          "certificateNumber",
          "行政执法人员须登记行政执法证号 (a law-enforcement officer needs a certificate number)");
    }
    if (command.certificateValidUntil() != null && certificate == null) {
      throw Refusal.rule(
          "certificate-required",
          "certificateNumber",
          "登记证件有效期须同时登记证号 (a certificate valid-until date needs the certificate number)");
    }
    if (command.certificateValidUntil() != null
        && command.certificateValidUntil().isBefore(today)) {
      throw Refusal.rule(
          "certificate-expired",
          "certificateValidUntil",
          "证件已过期，不能登记 (the certificate expired on " + command.certificateValidUntil() + ")");
    }
    if (regionPath.isEmpty() || !regionPath.get(0).equals(command.homeCountyCode())) {
      throw new IllegalArgumentException(
          "region path must start at the home county " + command.homeCountyCode());
    }
    String account = trimToNull(command.account());
    if (account != null && account.length() > MAX_ACCOUNT) {
      throw Refusal.rule(
          "invalid-account", "account", "登录账号不超过64个字符 (an account has at most 64 characters)");
    }
    EnumSet<Specialty> specialties = EnumSet.noneOf(Specialty.class);
    if (command.specialties() != null) {
      command.specialties().stream().filter(s -> s != null).forEach(specialties::add);
    }
    List<Affiliation> affiliations =
        command.affiliations() == null ? List.of() : List.copyOf(command.affiliations());
    if (affiliations.size() > MAX_AFFILIATIONS) {
      throw Refusal.rule("too-many-affiliations", "affiliations", "at most 50 affiliations");
    }
    for (Affiliation a : affiliations) {
      if (a == null || trimToNull(a.institutionId()) == null || trimToNull(a.reason()) == null) {
        throw Refusal.rule(
            "invalid-affiliation",
            "affiliations",
            "申报的关联机构须有机构标识和事由 (each affiliation needs an institution id and a reason)");
      }
    }
    List<Unavailability> unavailable =
        command.unavailable() == null ? List.of() : List.copyOf(command.unavailable());
    if (unavailable.size() > MAX_UNAVAILABLE) {
      throw Refusal.rule(
          "too-many-unavailable", "unavailable", "at most 50 unavailability windows");
    }
    for (Unavailability u : unavailable) {
      if (u == null || u.from() == null || u.to() == null || u.to().isBefore(u.from())) {
        throw Refusal.rule(
            "invalid-unavailable",
            "unavailable",
            "不可参加检查的期间须有起止日期且止日不早于起日 (each window needs from ≤ to)");
      }
    }
    return new Inspector(
        id,
        0,
        name,
        command.role(),
        certificate,
        command.certificateValidUntil(),
        command.homeCountyCode(),
        regionPath,
        trimToNull(command.employer()),
        List.copyOf(specialties),
        registeredBy,
        now.truncatedTo(ChronoUnit.MILLIS),
        command.requestKey(),
        affiliations.stream()
            .map(a -> new Affiliation(a.institutionId().strip(), a.reason().strip()))
            .toList(),
        unavailable,
        account);
  }

  /** Whether {@code username} is this person's platform account. */
  public boolean isAccount(String username) {
    return account != null && account.equals(username);
  }

  /**
   * Whether {@code command} asks for this registration (the same person: name, role, certificate
   * number, home county): a retry does, another inspector under the same idempotency key does not.
   */
  public boolean answers(RegisterInspectorCommand command) {
    return java.util.Objects.equals(name, trimToNull(command.name()))
        && role == command.role()
        && java.util.Objects.equals(certificateNumber, trimToNull(command.certificateNumber()))
        && java.util.Objects.equals(homeCountyCode, command.homeCountyCode());
  }

  private static String trimToNull(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
