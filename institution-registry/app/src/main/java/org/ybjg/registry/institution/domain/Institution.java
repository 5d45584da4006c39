package org.ybjg.registry.institution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ybjg.chassis.domain.Refusal;

/**
 * A designated medical institution or retail pharmacy (定点医药机构): the aggregate of the registry.
 * Immutable: every change returns the next state with {@code version} one higher and the change
 * appended to {@code history}, so each state can be published as it is.
 *
 * @param regionPath its county and the county's ancestors (region scoping)
 * @param creditGrade not graded yet in this slice (credit comes with the evaluation feature)
 * @param registrationKey the idempotency key of the request that registered it, if the client sent one
 * @param fundPayment the latest year's fund payment and its ranks; null before the first fund-payment import
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
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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

  /** An institution whose update time is taken from its history (every state built in this class). */
  public Institution(String id, long version, String nationalCode, String name, InstitutionType type,
      InstitutionLevel level, Ownership ownership, String countyCode, List<String> regionPath, Agreement agreement,
      String creditGrade, String registrationKey, List<Change> history, FundPayment fundPayment,
      List<CreditRecord> creditRecords, List<Department> departments) {
    this(id, version, nationalCode, name, type, level, ownership, countyCode, regionPath, agreement, creditGrade,
        registrationKey, history, fundPayment, creditRecords, departments, null);
  }

  /** An institution without departments on record (the shape before departments were kept). */
  public Institution(String id, long version, String nationalCode, String name, InstitutionType type,
      InstitutionLevel level, Ownership ownership, String countyCode, List<String> regionPath, Agreement agreement,
      String creditGrade, String registrationKey, List<Change> history, FundPayment fundPayment,
      List<CreditRecord> creditRecords) {
    this(id, version, nationalCode, name, type, level, ownership, countyCode, regionPath, agreement, creditGrade,
        registrationKey, history, fundPayment, creditRecords, null);
  }

  /** An institution without credit records (the shape before credit was recorded). */
  public Institution(String id, long version, String nationalCode, String name, InstitutionType type,
      InstitutionLevel level, Ownership ownership, String countyCode, List<String> regionPath, Agreement agreement,
      String creditGrade, String registrationKey, List<Change> history, FundPayment fundPayment) {
    this(id, version, nationalCode, name, type, level, ownership, countyCode, regionPath, agreement, creditGrade,
        registrationKey, history, fundPayment, null);
  }

  /** An institution without a recorded fund payment (the shape before fund payments were imported). */
  public Institution(String id, long version, String nationalCode, String name, InstitutionType type,
      InstitutionLevel level, Ownership ownership, String countyCode, List<String> regionPath, Agreement agreement,
      String creditGrade, String registrationKey, List<Change> history) {
    this(id, version, nationalCode, name, type, level, ownership, countyCode, regionPath, agreement, creditGrade,
        registrationKey, history, null);
  }

  /**
   * Enters an institution into the directory. Its level must exist for its type, and an agreement
   * cannot be signed on a day still to come (today in Asia/Shanghai).
   */
  public static Institution register(String id, Registration registration, LocalDate today, Instant at,
      String by) {
    if (!registration.level().fits(registration.type())) {
      throw Refusal.rule("level-does-not-fit-type", "level",
          "级别“" + registration.level().label() + "”不适用于" + registration.type().label());
    }
    LocalDate signedOn = registration.agreementSignedOn();
    if (signedOn != null && signedOn.isAfter(today)) {
      throw Refusal.rule("signed-in-future", "agreementSignedOn",
          "服务协议签订日期 " + signedOn + " 晚于今天 " + today);
    }
    Agreement agreement = signedOn == null ? Agreement.none() : Agreement.signed(signedOn);
    String detail = (signedOn == null ? "尚未签订服务协议" : "服务协议自 " + signedOn + " 起履行")
        + (registration.entryReview() == null ? "" : "；" + registration.entryReview());
    return new Institution(id, 1, registration.nationalCode(), registration.name(), registration.type(),
        registration.level(), registration.ownership(), registration.countyCode(), registration.regionPath(),
        agreement, null, registration.requestKey(),
        List.of(new Change(ChangeKind.REGISTERED, at, null, detail, by)));
  }

  /**
   * Applies a decision's agreement measures in order. Each applied measure gives a new state; a
   * measure the agreement's state does not allow is rejected with its reason and leaves the state as
   * it was. Suspensions and terminations apply province-wide (一处违规处处受限, seed 001 §10).
   */
  public DecisionOutcome apply(PenaltyDecision decision, Instant at) {
    Institution current = this;
    List<Institution> states = new ArrayList<>();
    List<String> rejections = new ArrayList<>();
    for (AgreementMeasure measure : decision.measures()) {
      try {
        current = switch (measure.kind()) {
          case SUSPEND_AGREEMENT -> current.suspendAgreement(
              Suspension.of(measure.from(), measure.until(), measure.months(), measure.departments(),
                  decision.decidedOn()),
              decision, at);
          case TERMINATE_AGREEMENT -> current.terminateAgreement(
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
    boolean running = agreement.hasSuspension();
    Agreement next = agreement.suspend(suspension, decision.caseId(), LocalDate.ofInstant(at, ZONE));
    String detail = "依据处理决定 " + decision.decisionNumber() + " 暂停" + suspension.scopeText() + "医保服务 "
        + suspension.from() + " 至 " + suspension.until()
        + (running ? "；与已决定的暂停合并，暂停 " + next.suspendedFrom() + " 至 " + next.suspendedUntil() : "")
        + (next.suspensionScheduled() ? "；暂停自 " + next.suspendedFrom() + " 起生效，此前协议照常履行" : "")
        + (next.departmentsSuspended() ? "；机构服务协议照常履行" : "")
        + "（全省适用，一处违规处处受限）";
    return next(next, new Change(ChangeKind.AGREEMENT_SUSPENDED, at, decision.caseId(), detail,
        decision.decidedBy()));
  }

  public Institution terminateAgreement(LocalDate on, PenaltyDecision decision, Instant at) {
    Agreement next = agreement.terminate(on, decision.caseId());
    String detail = "依据处理决定 " + decision.decisionNumber() + " 自 " + on + " 解除服务协议（全省适用，一处违规处处受限）";
    return next(next, new Change(ChangeKind.AGREEMENT_TERMINATED, at, decision.caseId(), detail,
        decision.decidedBy()));
  }

  /** A suspension decided for a later start begins on its first day (until then the agreement is ACTIVE). */
  public boolean suspensionStartDue(LocalDate today) {
    return agreement.suspensionStartDue(today);
  }

  public Institution startScheduledSuspension(LocalDate today, Instant at, String by) {
    Agreement next = agreement.startScheduledSuspension(today);
    String scope = next.suspendedDepartments().isEmpty() ? "全院" : String.join("、", next.suspendedDepartments());
    return next(next, new Change(ChangeKind.AGREEMENT_SUSPENDED, at, next.causeCaseId(),
        "暂停" + scope + "医保服务开始执行（" + next.suspendedFrom() + " 至 " + next.suspendedUntil()
            + "，全省适用，一处违规处处受限）", by));
  }

  /** The agency signs the agreement (NONE → ACTIVE) on a day not after today. */
  public Institution signAgreement(LocalDate on, LocalDate today, String reason, Instant at, String by) {
    if (on.isAfter(today)) {
      throw Refusal.rule("signed-in-future", "effectiveOn",
          "服务协议签订日期 " + on + " 晚于今天 " + today);
    }
    Agreement next = agreement.sign(on);
    return next(next, new Change(ChangeKind.AGREEMENT_SIGNED, at, null,
        "服务协议自 " + on + " 起履行" + (reason == null || reason.isBlank() ? "" : "：" + reason)
            + "（全省一个名录，各统筹区互认）", by));
  }

  /** The agency renews the agreement (ACTIVE or SUSPENDED; a new signing date not after today). */
  public Institution renewAgreement(LocalDate on, LocalDate today, String reason, Instant at, String by) {
    if (on.isAfter(today)) {
      throw Refusal.rule("signed-in-future", "effectiveOn",
          "服务协议续签日期 " + on + " 晚于今天 " + today);
    }
    Agreement next = agreement.renew(on);
    return next(next, new Change(ChangeKind.AGREEMENT_RENEWED, at, null,
        "服务协议自 " + on + " 续签" + (reason == null || reason.isBlank() ? "" : "：" + reason), by));
  }

  /** The agency terminates the agreement (ACTIVE or SUSPENDED → TERMINATED, final), not on a decision. */
  public Institution terminateAgreement(LocalDate on, String reason, Instant at, String by) {
    Agreement next = agreement.terminate(on, null);
    return next(next, new Change(ChangeKind.AGREEMENT_TERMINATED, at, null,
        "自 " + on + " 解除服务协议" + (reason == null || reason.isBlank() ? "" : "：" + reason)
            + "（全省适用，一处违规处处受限）", by));
  }

  public boolean reinstatementDue(LocalDate today) {
    return agreement.reinstatementDue(today);
  }

  /** Ends a suspension whose last day has passed; the agreement is in force again. */
  public Institution reinstateAgreement(LocalDate today, Instant at, String by) {
    String endedCase = agreement.causeCaseId();
    LocalDate until = agreement.suspendedUntil();
    Agreement next = agreement.reinstate(today);
    return next(next, new Change(ChangeKind.AGREEMENT_REINSTATED, at, endedCase,
        "暂停期满（至 " + until + "），恢复医保服务", by));
  }

  /**
   * The agency suspends fund-paid services (暂停医保服务) itself, for the whole institution or for named departments
   * of this institution, from {@code from} to {@code until} (both inclusive), optionally citing the case. Dates out
   * of order or unknown departments break a rule (422); a state that cannot be suspended is a rejected transition
   * (409). Like a decision's suspension it applies province-wide (一处违规处处受限, seed 001 §10).
   */
  public Institution suspendByAgency(LocalDate from, LocalDate until, String caseId, String reason,
      List<String> departmentNames, LocalDate today, Instant at, String by) {
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
    for (String named : suspension.departments()) {
      if (departments.stream().noneMatch(d -> d.name().equals(named))) {
        throw Refusal.rule("unknown-department", "departments",
            "本机构没有名为“" + named + "”的科室（先登记科室）");
      }
    }
    boolean running = agreement.hasSuspension();
    Agreement next = agreement.suspend(suspension, caseId, today);
    String detail = "经办机构暂停" + suspension.scopeText() + "医保服务 " + from + " 至 " + until + "：" + reason.trim()
        + (running ? "；与已决定的暂停合并，暂停 " + next.suspendedFrom() + " 至 " + next.suspendedUntil() : "")
        + (next.suspensionScheduled() ? "；暂停自 " + next.suspendedFrom() + " 起生效，此前协议照常履行" : "")
        + (next.departmentsSuspended() ? "；机构服务协议照常履行" : "")
        + "（全省适用，一处违规处处受限）";
    return next(next, new Change(ChangeKind.AGREEMENT_SUSPENDED, at, caseId, detail, by));
  }

  /** The agency lifts a suspension (whole institution or departments, running or scheduled) before its end. */
  public Institution reinstateByAgency(String reason, Instant at, String by) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("reason-missing", "reason", "恢复医保服务须说明理由");
    }
    String scope = agreement.suspendedDepartments().isEmpty() ? "全院" : String.join("、", agreement.suspendedDepartments());
    String endedCase = agreement.causeCaseId();
    Agreement next = agreement.lift();
    return next(next, new Change(ChangeKind.AGREEMENT_REINSTATED, at, endedCase,
        "经办机构提前恢复" + scope + "医保服务：" + reason.trim() + "（全省适用）", by));
  }

  /** Records a department (科室); its code and its name are unique within the institution. */
  public Institution addDepartment(Department department, Instant at, String by) {
    for (Department existing : departments) {
      if (existing.code().equals(department.code())) {
        throw new InstitutionConflict("duplicate-department", "科室编码 " + department.code() + " 已存在");
      }
      if (existing.name().equals(department.name())) {
        throw new InstitutionConflict("duplicate-department", "科室“" + department.name() + "”已存在");
      }
    }
    List<Department> nextDepartments = new ArrayList<>(departments);
    nextDepartments.add(department);
    List<Change> nextHistory = new ArrayList<>(history);
    nextHistory.add(new Change(ChangeKind.DEPARTMENT_ADDED, at, department.code(),
        "新增科室 " + department.code() + " " + department.name(), by));
    return new Institution(id, version + 1, nationalCode, name, type, level, ownership, countyCode, regionPath,
        agreement, creditGrade, registrationKey, nextHistory, fundPayment, creditRecords, nextDepartments);
  }

  public java.util.Optional<Department> department(String code) {
    return departments.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** The change that produced this state. */
  public Change lastChange() {
    return history.get(history.size() - 1);
  }

  private Institution next(Agreement nextAgreement, Change change) {
    List<Change> nextHistory = new ArrayList<>(history);
    nextHistory.add(change);
    return new Institution(id, version + 1, nationalCode, name, type, level, ownership, countyCode, regionPath,
        nextAgreement, creditGrade, registrationKey, nextHistory, fundPayment, creditRecords, departments);
  }

  /**
   * Takes the basic information a provincial system sends (bulk import, upsert by national code). Answers
   * this same state when nothing differs, so an unchanged row is neither stored nor published.
   */
  public Institution updateBasicInfo(BasicInfo info, Instant at, String by) {
    if (!info.level().fits(info.type())) {
      throw Refusal.rule("level-does-not-fit-type", "level",
          "级别“" + info.level().label() + "”不适用于" + info.type().label());
    }
    List<String> changes = new ArrayList<>();
    if (!info.name().equals(name)) {
      changes.add("名称 " + name + " → " + info.name());
    }
    if (info.type() != type) {
      changes.add("类型 " + type.label() + " → " + info.type().label());
    }
    if (info.level() != level) {
      changes.add("级别 " + level.label() + " → " + info.level().label());
    }
    if (info.ownership() != ownership) {
      changes.add("所有制 " + ownership.label() + " → " + info.ownership().label());
    }
    if (!info.countyCode().equals(countyCode)) {
      changes.add("所在县区 " + countyCode + " → " + info.countyCode());
    }
    if (changes.isEmpty()) {
      return this;
    }
    List<Change> nextHistory = new ArrayList<>(history);
    nextHistory.add(new Change(ChangeKind.BASIC_INFO_UPDATED, at, null, String.join("；", changes), by));
    return new Institution(id, version + 1, nationalCode, info.name(), info.type(), info.level(), info.ownership(),
        info.countyCode(), info.regionPath(), agreement, creditGrade, registrationKey, nextHistory, fundPayment,
        creditRecords, departments);
  }

  /**
   * Records the latest year's fund payment and its ranks (基金支付排名, seed 000/002). A rank that moved is a
   * change like a new amount; the same payment and ranks answer this same state.
   */
  public Institution recordFundPayment(FundPayment payment, Instant at, String by) {
    Objects.requireNonNull(payment, "payment");
    if (payment.equals(fundPayment)) {
      return this;
    }
    List<Change> nextHistory = new ArrayList<>(history);
    nextHistory.add(new Change(ChangeKind.FUND_PAYMENT_RECORDED, at, String.valueOf(payment.year()),
        payment.describe(), by));
    return new Institution(id, version + 1, nationalCode, name, type, level, ownership, countyCode, regionPath,
        agreement, creditGrade, registrationKey, nextHistory, payment, creditRecords, departments);
  }

  /**
   * Records the credit consequence of a decision (registry issue point 7) and regrades. A case is recorded once:
   * the same case again answers this same state.
   */
  public Institution recordCredit(CreditRecord record, CreditScale scale, Instant at, String by) {
    if (creditRecords.stream().anyMatch(existing -> existing.caseId().equals(record.caseId()))) {
      return this;
    }
    List<CreditRecord> nextRecords = new ArrayList<>(creditRecords);
    nextRecords.add(record);
    String grade = scale.gradeOf(nextRecords).code();
    return credited(nextRecords, grade, new Change(ChangeKind.CREDIT_RECORDED, at, record.caseId(),
        record.severity().label() + "（" + (record.decisionNumber() == null ? record.caseId()
            : record.decisionNumber()) + "），信用等级 " + grade, by));
  }

  /**
   * Records that the case of a credit record was closed as executed and rectified (整改结案, {@code case.closed.v1}
   * CONCLUDED) on {@code closedOn}, the precondition of credit repair (LAW.md §5). The grade does not change. No
   * record of the case, or one already rectified, answers this same state (a redelivered closure changes nothing).
   */
  public Institution recordRectification(String caseId, LocalDate closedOn, Instant at, String by) {
    Objects.requireNonNull(closedOn, "closedOn");
    return CreditRecord.awaitingRectification(creditRecords, caseId).map(record -> {
      CreditRecord rectified = record.rectifiedOn(closedOn);
      return credited(CreditRecord.replacing(creditRecords, record, rectified), creditGrade,
          new Change(ChangeKind.CASE_RECTIFIED, at, caseId, rectified.rectificationNote(), by));
    }).orElse(this);
  }

  /**
   * Credit repair (信用修复) after rectification: the case's record stays on file, marked repaired with the reason,
   * and no longer counts towards the grade. {@code rule} says whether the case must have been closed as rectified and
   * how long after (LAW.md §5: provincial rules vary; configurable).
   */
  public Institution repairCredit(String caseId, String reason, LocalDate today, CreditScale scale,
      CreditRepairRule rule, Instant at, String by) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.rule("repair-reason-missing", "reason", "信用修复须记录理由");
    }
    CreditRecord record = creditRecords.stream().filter(r -> r.caseId().equals(caseId)).findFirst()
        .orElseThrow(() -> Refusal.rule("no-credit-record", "caseId",
            "该机构没有案件 " + caseId + " 的信用记录"));
    if (record.repaired()) {
      throw Refusal.conflict("credit-already-repaired", "该信用记录已于 " + record.repairedOn() + " 修复");
    }
    rule.check(record, today, "该机构");
    List<CreditRecord> nextRecords = CreditRecord.replacing(creditRecords, record, record.repair(today, by, reason));
    String grade = scale.gradeOf(nextRecords).code();
    return credited(nextRecords, grade, new Change(ChangeKind.CREDIT_REPAIRED, at, caseId,
        "信用修复：" + reason + "，信用等级 " + grade, by));
  }

  private Institution credited(List<CreditRecord> nextRecords, String grade, Change change) {
    List<Change> nextHistory = new ArrayList<>(history);
    nextHistory.add(change);
    return new Institution(id, version + 1, nationalCode, name, type, level, ownership, countyCode, regionPath,
        agreement, grade, registrationKey, nextHistory, fundPayment, nextRecords, departments);
  }
}
