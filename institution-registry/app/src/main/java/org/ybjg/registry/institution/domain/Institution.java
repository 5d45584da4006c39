package org.ybjg.registry.institution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ybjg.chassis.calendar.domain.LegalDay;
import org.ybjg.chassis.domain.Refusal;

/**
 * A designated medical institution or retail pharmacy (定点医药机构): the aggregate of the registry.
 * Immutable: every change returns the next state with {@code version} one higher and the change
 * appended to {@code history}, so each state can be published as it is.
 *
 * <p>The components are the stored document's fields (the domain carries no mapping annotations,
 * docs/architecture.md#services). That is why the credit file and the departments are kept as plain
 * fields and read as values, and why a document written before a field existed still reads (the
 * field is null).
 *
 * @param regionPath its county and the county's ancestors (region scoping)
 * @param creditGrade with {@code creditRecords}, the {@link #creditFile() credit file}; null until
 *     first graded
 * @param registrationKey the idempotency key of the request that registered it, if the client sent
 *     one
 * @param fundPayment the latest year's fund payment and its ranks; null before the first
 *     fund-payment import
 * @param departments the {@link #departmentRoster() departments on record}
 */
public record Institution(
    String id,
    long version,
    String nationalCode,
    String name,
    InstitutionType type,
    InstitutionLevel level,
    Ownership ownership,
    String countyCode,
    List<String> regionPath,
    Agreement agreement,
    String creditGrade,
    String registrationKey,
    List<Change> history,
    FundPayment fundPayment,
    List<CreditRecord> creditRecords,
    List<Department> departments,
    Instant updatedAt) {

  /** "Today" for agreement dates is the day in Asia/Shanghai. */
  public static final ZoneId ZONE = LegalDay.ZONE;

  public Institution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(agreement, "agreement");
    regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    history = history == null ? List.of() : List.copyOf(history);
    creditRecords = creditRecords == null ? List.of() : List.copyOf(creditRecords);
    departments = departments == null ? List.of() : List.copyOf(departments);
    // always the time of the last change (stored for sorting by "updated")
    updatedAt = history.isEmpty() ? updatedAt : history.get(history.size() - 1).at();
  }

  /**
   * Enters an institution into the directory. Its level must exist for its type, and an agreement
   * cannot be signed on a day still to come (today in Asia/Shanghai).
   */
  public static Institution register(
      String id, Registration registration, LocalDate today, Instant at, String by) {
    if (!registration.level().fits(registration.type())) {
      throw Refusal.rule(
          "level-does-not-fit-type",
          "level",
          "级别“" + registration.level().label() + "”不适用于" + registration.type().label());
    }
    LocalDate signedOn = registration.agreementSignedOn();
    if (signedOn != null && signedOn.isAfter(today)) {
      throw Refusal.rule(
          "signed-in-future", "agreementSignedOn", "服务协议签订日期 " + signedOn + " 晚于今天 " + today);
    }
    Agreement agreement = signedOn == null ? Agreement.none() : Agreement.signed(signedOn);
    String detail =
        agreement.standingNote()
            + (registration.entryReview() == null ? "" : "；" + registration.entryReview());
    return new Institution(
        id,
        1,
        registration.nationalCode(),
        registration.name(),
        registration.type(),
        registration.level(),
        registration.ownership(),
        registration.countyCode(),
        registration.regionPath(),
        agreement,
        null,
        registration.requestKey(),
        List.of(new Change(ChangeKind.REGISTERED, at, null, detail, by)),
        null,
        null,
        null,
        null);
  }

  /**
   * Applies a decision's agreement measures in order. Each applied measure gives a new state; a
   * measure the agreement's state does not allow is rejected with its reason and leaves the state
   * as it was. Suspensions and terminations apply province-wide (一处违规处处受限, 承医保发〔2019〕2号 §10).
   */
  public DecisionOutcome apply(PenaltyDecision decision, Instant at) {
    Institution current = this;
    List<Institution> states = new ArrayList<>();
    List<String> rejections = new ArrayList<>();
    for (AgreementMeasure measure : decision.measures()) {
      try {
        current =
            switch (measure.kind()) {
              case SUSPEND_AGREEMENT ->
                  current.suspendAgreement(
                      Suspension.of(
                          measure.from(),
                          measure.until(),
                          measure.months(),
                          measure.departments(),
                          decision.decidedOn()),
                      decision,
                      at);
              case TERMINATE_AGREEMENT ->
                  current.terminateAgreement(
                      measure.from() != null ? measure.from() : decision.decidedOn(), decision, at);
            };
        states.add(current);
      } catch (AgreementTransitionRejected rejected) {
        rejections.add(measure.kind() + ": " + rejected.getMessage());
      }
    }
    return new DecisionOutcome(this, states, rejections);
  }

  public Institution suspendAgreement(Suspension suspension, PenaltyDecision decision, Instant at) {
    Agreement next =
        agreement.suspend(suspension, decision.caseId(), LocalDate.ofInstant(at, ZONE));
    String detail = agreement.suspensionNote(cause(decision), suspension, null, next);
    return withAgreement(
        next,
        new Change(
            ChangeKind.AGREEMENT_SUSPENDED, at, decision.caseId(), detail, decision.decidedBy()));
  }

  public Institution terminateAgreement(LocalDate on, PenaltyDecision decision, Instant at) {
    Agreement next = agreement.terminate(on, decision.caseId());
    return withAgreement(
        next,
        new Change(
            ChangeKind.AGREEMENT_TERMINATED,
            at,
            decision.caseId(),
            next.terminatedNote(cause(decision), null),
            decision.decidedBy()));
  }

  private static String cause(PenaltyDecision decision) {
    return "依据处理决定 " + decision.decisionNumber() + " ";
  }

  /**
   * A suspension decided for a later start begins on its first day (until then the agreement is
   * ACTIVE).
   */
  public boolean suspensionStartDue(LocalDate today) {
    return agreement.suspensionStartDue(today);
  }

  public Institution startScheduledSuspension(LocalDate today, Instant at, String by) {
    Agreement next = agreement.startScheduledSuspension(today);
    return withAgreement(
        next,
        new Change(
            ChangeKind.AGREEMENT_SUSPENDED,
            at,
            next.causeCaseId(),
            next.suspensionStartedNote(),
            by));
  }

  /** The agency signs the agreement (NONE → ACTIVE) on a day not after today. */
  public Institution signAgreement(
      LocalDate on, LocalDate today, String reason, Instant at, String by) {
    if (on.isAfter(today)) {
      throw Refusal.rule("signed-in-future", "effectiveOn", "服务协议签订日期 " + on + " 晚于今天 " + today);
    }
    Agreement next = agreement.sign(on);
    return withAgreement(
        next, new Change(ChangeKind.AGREEMENT_SIGNED, at, null, next.signedNote(reason), by));
  }

  /** The agency renews the agreement (ACTIVE or SUSPENDED; a new signing date not after today). */
  public Institution renewAgreement(
      LocalDate on, LocalDate today, String reason, Instant at, String by) {
    if (on.isAfter(today)) {
      throw Refusal.rule("signed-in-future", "effectiveOn", "服务协议续签日期 " + on + " 晚于今天 " + today);
    }
    Agreement next = agreement.renew(on);
    return withAgreement(
        next, new Change(ChangeKind.AGREEMENT_RENEWED, at, null, next.renewedNote(reason), by));
  }

  /**
   * The agency terminates the agreement (ACTIVE or SUSPENDED → TERMINATED, final), not on a
   * decision.
   */
  public Institution terminateAgreement(LocalDate on, String reason, Instant at, String by) {
    Agreement next = agreement.terminate(on, null);
    return withAgreement(
        next,
        new Change(ChangeKind.AGREEMENT_TERMINATED, at, null, next.terminatedNote("", reason), by));
  }

  public boolean reinstatementDue(LocalDate today) {
    return agreement.reinstatementDue(today);
  }

  /** Ends a suspension whose last day has passed; the agreement is in force again. */
  public Institution reinstateAgreement(LocalDate today, Instant at, String by) {
    Agreement next = agreement.reinstate(today);
    return withAgreement(
        next,
        new Change(
            ChangeKind.AGREEMENT_REINSTATED,
            at,
            agreement.causeCaseId(),
            agreement.reinstatedNote(),
            by));
  }

  /**
   * The agency suspends fund-paid services (暂停医保服务) itself, for the whole institution or for named
   * departments of this institution, from {@code from} to {@code until} (both inclusive),
   * optionally citing the case. Dates out of order or unknown departments break a rule (422); a
   * state that cannot be suspended is a rejected transition (409). Like a decision's suspension it
   * applies province-wide (一处违规处处受限, 承医保发〔2019〕2号 §10).
   */
  public Institution suspendByAgency(
      LocalDate from,
      LocalDate until,
      String caseId,
      String reason,
      List<String> departmentNames,
      LocalDate today,
      Instant at,
      String by) {
    if (from == null) {
      throw Refusal.rule("suspension-period-missing", "from", "暂停医保服务须有开始日期");
    }
    if (until == null) {
      throw Refusal.rule("suspension-period-missing", "until", "暂停医保服务须有截止日期");
    }
    if (until.isBefore(from)) {
      throw Refusal.rule("dates-out-of-order", "until", "暂停截止日期 " + until + " 早于开始日期 " + from);
    }
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("reason-missing", "reason", "暂停医保服务须说明理由");
    }
    Suspension suspension = new Suspension(from, until, departmentNames);
    departmentRoster().requireNamed(suspension.departments());
    Agreement next = agreement.suspend(suspension, caseId, today);
    String detail = agreement.suspensionNote("经办机构", suspension, reason.trim(), next);
    return withAgreement(next, new Change(ChangeKind.AGREEMENT_SUSPENDED, at, caseId, detail, by));
  }

  /**
   * The agency lifts a suspension (whole institution or departments, running or scheduled) before
   * its end.
   */
  public Institution reinstateByAgency(String reason, Instant at, String by) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("reason-missing", "reason", "恢复医保服务须说明理由");
    }
    Agreement next = agreement.lift();
    return withAgreement(
        next,
        new Change(
            ChangeKind.AGREEMENT_REINSTATED,
            at,
            agreement.causeCaseId(),
            agreement.liftedNote(reason),
            by));
  }

  /** Records a department (科室); its code and its name are unique within the institution. */
  public Institution addDepartment(Department department, Instant at, String by) {
    return withDepartments(
        departmentRoster().with(department),
        new Change(
            ChangeKind.DEPARTMENT_ADDED,
            at,
            department.code(),
            "新增科室 " + department.code() + " " + department.name(),
            by));
  }

  public Optional<Department> department(String code) {
    return departmentRoster().byCode(code);
  }

  public Departments departmentRoster() {
    return new Departments(departments);
  }

  public CreditFile creditFile() {
    return new CreditFile(creditRecords, creditGrade);
  }

  /** The change that produced this state. */
  public Change lastChange() {
    return history.get(history.size() - 1);
  }

  /**
   * Takes the basic information a provincial system sends (bulk import, upsert by national code).
   * Answers this same state when nothing differs, so an unchanged row is neither stored nor
   * published.
   */
  public Institution updateBasicInfo(BasicInfo info, Instant at, String by) {
    if (!info.level().fits(info.type())) {
      throw Refusal.rule(
          "level-does-not-fit-type",
          "level",
          "级别“" + info.level().label() + "”不适用于" + info.type().label());
    }
    List<String> changes = info.differencesFrom(this);
    if (changes.isEmpty()) {
      return this;
    }
    Change change =
        new Change(ChangeKind.BASIC_INFO_UPDATED, at, null, String.join("；", changes), by);
    return new Institution(
        id,
        version + 1,
        nationalCode,
        info.name(),
        info.type(),
        info.level(),
        info.ownership(),
        info.countyCode(),
        info.regionPath(),
        agreement,
        creditGrade,
        registrationKey,
        appended(change),
        fundPayment,
        creditRecords,
        departments,
        null);
  }

  /**
   * Records the latest year's fund payment and its ranks (基金支付排名, 吕医保发〔2021〕36号 and
   * 2023年度省级飞行检查工作方案). A rank that moved is a change like a new amount; the same payment and ranks
   * answer this same state.
   */
  public Institution recordFundPayment(FundPayment payment, Instant at, String by) {
    Objects.requireNonNull(payment, "payment");
    if (payment.equals(fundPayment)) {
      return this;
    }
    return next(
        new Change(
            ChangeKind.FUND_PAYMENT_RECORDED,
            at,
            String.valueOf(payment.year()),
            payment.describe(),
            by),
        agreement,
        creditFile(),
        payment,
        departmentRoster());
  }

  /**
   * Records the credit consequence of a decision and regrades. A case is recorded once: the same
   * case again answers this same state.
   */
  public Institution recordCredit(CreditRecord record, CreditScale scale, Instant at, String by) {
    CreditFile credit = creditFile();
    if (credit.hasCase(record.caseId())) {
      return this;
    }
    CreditFile next = credit.with(record, scale);
    return withCredit(
        next,
        new Change(ChangeKind.CREDIT_RECORDED, at, record.caseId(), next.recordedNote(record), by));
  }

  /**
   * Records that the case of a credit record was closed as executed and rectified (整改结案, {@code
   * case.closed.v1} CONCLUDED) on {@code closedOn}, the precondition of credit repair
   * (docs/law.md#credit-and-rewards). The grade does not change. No record of the case, or one
   * already rectified, answers this same state (a redelivered closure changes nothing).
   */
  public Institution recordRectification(String caseId, LocalDate closedOn, Instant at, String by) {
    Objects.requireNonNull(closedOn, "closedOn");
    CreditFile credit = creditFile();
    return credit
        .awaitingRectification(caseId)
        .map(
            record -> {
              CreditRecord rectified = record.rectifiedOn(closedOn);
              return withCredit(
                  credit.replacing(record, rectified),
                  new Change(
                      ChangeKind.CASE_RECTIFIED, at, caseId, rectified.rectificationNote(), by));
            })
        .orElse(this);
  }

  /**
   * Credit repair (信用修复) after rectification: the case's record stays on file, marked repaired with
   * the reason, and no longer counts towards the grade. {@code rule} says whether the case must
   * have been closed as rectified and how long after (docs/law.md#credit-and-rewards: provincial
   * rules vary; configurable).
   */
  public Institution repairCredit(
      String caseId,
      String reason,
      LocalDate today,
      CreditScale scale,
      CreditRepairRule rule,
      Instant at,
      String by) {
    CreditFile next = creditFile().repaired(caseId, reason, today, scale, rule, by);
    return withCredit(
        next, new Change(ChangeKind.CREDIT_REPAIRED, at, caseId, next.repairedNote(reason), by));
  }

  private Institution withAgreement(Agreement nextAgreement, Change change) {
    return next(change, nextAgreement, creditFile(), fundPayment, departmentRoster());
  }

  private Institution withCredit(CreditFile credit, Change change) {
    return next(change, agreement, credit, fundPayment, departmentRoster());
  }

  private Institution withDepartments(Departments roster, Change change) {
    return next(change, agreement, creditFile(), fundPayment, roster);
  }

  /**
   * The next state: one version on, {@code change} appended; identity and basic information stay.
   */
  private Institution next(
      Change change,
      Agreement nextAgreement,
      CreditFile credit,
      FundPayment payment,
      Departments roster) {
    return new Institution(
        id,
        version + 1,
        nationalCode,
        name,
        type,
        level,
        ownership,
        countyCode,
        regionPath,
        nextAgreement,
        credit.grade(),
        registrationKey,
        appended(change),
        payment,
        credit.records(),
        roster.all(),
        null);
  }

  private List<Change> appended(Change change) {
    List<Change> next = new ArrayList<>(history);
    next.add(change);
    return next;
  }
}
