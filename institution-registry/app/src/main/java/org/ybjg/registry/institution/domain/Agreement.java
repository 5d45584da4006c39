package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The service agreement (服务协议, docs/domain.md#registry) as a small state machine: NONE → ACTIVE
 * (signed) → SUSPENDED (暂停医保服务, for a period) → ACTIVE again when the period is over, and ACTIVE or
 * SUSPENDED → TERMINATED (解除协议), which is final.
 *
 * <p>While suspended it carries the suspension: first and last day, the departments concerned
 * (empty: the whole institution) and the case whose decision caused it. A second suspension while
 * one runs (another case) merges into it: the earlier start, the later end, the wider scope; the
 * cause is the case that sets the end.
 */
public record Agreement(
    AgreementState state,
    LocalDate signedOn,
    LocalDate suspendedFrom,
    LocalDate suspendedUntil,
    List<String> suspendedDepartments,
    LocalDate terminatedOn,
    String causeCaseId) {

  /**
   * Closes the text of every suspension and termination: each binds every agency in the province
   * (docs/domain.md#registry), and the history says so where it is read.
   */
  private static final String PROVINCE_WIDE = "全省适用，一处违规处处受限";

  public Agreement {
    if (state == null) {
      throw new IllegalArgumentException("agreement state is required");
    }
    suspendedDepartments =
        suspendedDepartments == null ? List.of() : List.copyOf(suspendedDepartments);
  }

  public static Agreement none() {
    return new Agreement(AgreementState.NONE, null, null, null, List.of(), null, null);
  }

  public static Agreement signed(LocalDate signedOn) {
    return new Agreement(AgreementState.ACTIVE, signedOn, null, null, List.of(), null, null);
  }

  /**
   * Suspends an agreement in force, or extends a running suspension; never one not signed or
   * terminated. A suspension whose first day is still to come is only scheduled: the agreement
   * stays ACTIVE (with the period recorded) until {@link #startScheduledSuspension} on its first
   * day.
   */
  public Agreement suspend(Suspension suspension, String caseId, LocalDate today) {
    switch (state) {
      case NONE:
        throw new AgreementTransitionRejected("未签订服务协议，无法暂停医保服务");
      case TERMINATED:
        throw new AgreementTransitionRejected("服务协议已解除，无法暂停医保服务");
      case ACTIVE:
        if (suspendedFrom == null) {
          // a department-scoped suspension leaves the institution's agreement in force (ACTIVE)
          AgreementState next =
              !suspension.wholeInstitution() || suspension.from().isAfter(today)
                  ? AgreementState.ACTIVE
                  : AgreementState.SUSPENDED;
          return new Agreement(
              next,
              signedOn,
              suspension.from(),
              suspension.until(),
              suspension.departments(),
              null,
              caseId);
        }
        return mergedWith(suspension, caseId, today);
      case SUSPENDED:
      default:
        return mergedWith(suspension, caseId, today);
    }
  }

  /**
   * A whole-institution suspension recorded for a period still to come (the agreement is in force
   * until its first day). A department-scoped suspension never changes the agreement's state, so it
   * is not "scheduled".
   */
  public boolean suspensionScheduled() {
    return state == AgreementState.ACTIVE
        && suspendedFrom != null
        && suspendedDepartments.isEmpty();
  }

  /**
   * Named departments are suspended (or will be) while the institution's agreement stays in force.
   */
  public boolean departmentsSuspended() {
    return state == AgreementState.ACTIVE
        && suspendedFrom != null
        && !suspendedDepartments.isEmpty();
  }

  /** Any suspension on record: running, scheduled, or of named departments. */
  public boolean hasSuspension() {
    return suspendedFrom != null
        && (state == AgreementState.ACTIVE || state == AgreementState.SUSPENDED);
  }

  /** A scheduled suspension begins on its first day. */
  public boolean suspensionStartDue(LocalDate today) {
    return suspensionScheduled() && !suspendedFrom.isAfter(today);
  }

  public Agreement startScheduledSuspension(LocalDate today) {
    if (!suspensionStartDue(today)) {
      throw new AgreementTransitionRejected(
          suspensionScheduled() ? "暂停自 " + suspendedFrom + " 开始，尚未到期" : "没有待开始的暂停");
    }
    return new Agreement(
        AgreementState.SUSPENDED,
        signedOn,
        suspendedFrom,
        suspendedUntil,
        suspendedDepartments,
        null,
        causeCaseId);
  }

  private Agreement mergedWith(Suspension suspension, String caseId, LocalDate today) {
    LocalDate from = suspension.from().isBefore(suspendedFrom) ? suspension.from() : suspendedFrom;
    boolean extends_ = suspension.until().isAfter(suspendedUntil);
    LocalDate until = extends_ ? suspension.until() : suspendedUntil;
    List<String> departments;
    if (suspendedDepartments.isEmpty() || suspension.wholeInstitution()) {
      departments = List.of();
    } else {
      Set<String> union = new LinkedHashSet<>(suspendedDepartments);
      union.addAll(suspension.departments());
      departments = List.copyOf(union);
    }
    AgreementState next =
        departments.isEmpty() && (state == AgreementState.SUSPENDED || !from.isAfter(today))
            ? AgreementState.SUSPENDED
            : AgreementState.ACTIVE;
    return new Agreement(
        next, signedOn, from, until, departments, null, extends_ ? caseId : causeCaseId);
  }

  /**
   * Signs the agreement of an institution that has none (NONE → ACTIVE); any other state is
   * refused.
   */
  public Agreement sign(LocalDate on) {
    if (state != AgreementState.NONE) {
      throw new AgreementTransitionRejected("服务协议状态为“" + state.label() + "”，不能签订（已解除的须重新申请纳入定点）");
    }
    return signed(on);
  }

  /**
   * Renews an agreement in force or suspended: a new signing date; state and any suspension stay.
   */
  public Agreement renew(LocalDate on) {
    if (state == AgreementState.NONE || state == AgreementState.TERMINATED) {
      throw new AgreementTransitionRejected("服务协议状态为“" + state.label() + "”，不能续签");
    }
    return new Agreement(
        state, on, suspendedFrom, suspendedUntil, suspendedDepartments, terminatedOn, causeCaseId);
  }

  /**
   * Terminates an agreement in force or suspended; terminating twice, or with none signed, is
   * refused.
   */
  public Agreement terminate(LocalDate on, String caseId) {
    if (on == null) {
      throw new AgreementTransitionRejected("解除服务协议缺少日期");
    }
    switch (state) {
      case NONE:
        throw new AgreementTransitionRejected("未签订服务协议，无可解除的协议");
      case TERMINATED:
        throw new AgreementTransitionRejected("服务协议已于 " + terminatedOn + " 解除");
      default:
        return new Agreement(
            AgreementState.TERMINATED, signedOn, null, null, List.of(), on, caseId);
    }
  }

  /**
   * A suspension is over once its last day has passed: due on the day after {@code suspendedUntil}.
   */
  public boolean reinstatementDue(LocalDate today) {
    return (state == AgreementState.SUSPENDED || departmentsSuspended())
        && suspendedUntil != null
        && suspendedUntil.isBefore(today);
  }

  public Agreement reinstate(LocalDate today) {
    if (!reinstatementDue(today)) {
      throw new AgreementTransitionRejected(
          state == AgreementState.SUSPENDED || departmentsSuspended()
              ? "暂停期至 " + suspendedUntil + "，尚未期满"
              : "服务协议未处于暂停状态，无需恢复");
    }
    return new Agreement(AgreementState.ACTIVE, signedOn, null, null, List.of(), null, null);
  }

  /**
   * The agency lifts a suspension before its end (or cancels one not yet begun): the whole
   * institution or its departments are in service again. Without any suspension on record there is
   * nothing to lift.
   */
  public Agreement lift() {
    if (!hasSuspension()) {
      throw new AgreementTransitionRejected("服务协议状态为“" + state.label() + "”，没有可恢复的暂停");
    }
    return new Agreement(AgreementState.ACTIVE, signedOn, null, null, List.of(), null, null);
  }

  // The history texts of the transitions, composed here once so a decision's and the agency's
  // wording stay alike.

  /** "尚未签订服务协议" or "服务协议自 {signedOn} 起履行": how the agreement stands at registration or signing. */
  String standingNote() {
    return signedOn == null ? "尚未签订服务协议" : "服务协议自 " + signedOn + " 起履行";
  }

  /** The text of this agreement having been signed, for {@code reason} (may be blank). */
  String signedNote(String reason) {
    return standingNote() + because(reason) + "（全省一个名录，各统筹区互认）";
  }

  /** The text of this agreement having been renewed, for {@code reason} (may be blank). */
  String renewedNote(String reason) {
    return "服务协议自 " + signedOn + " 续签" + because(reason);
  }

  /**
   * The text of {@code suspension} taking this agreement to {@code next}: who suspended ({@code
   * cause}, e.g. "依据处理决定 … " or "经办机构"), what, for which period and {@code reason} (null: none
   * given), then how it merged with a suspension on record and when it takes effect.
   */
  String suspensionNote(String cause, Suspension suspension, String reason, Agreement next) {
    return cause
        + "暂停"
        + suspension.scopeText()
        + "医保服务 "
        + suspension.from()
        + " 至 "
        + suspension.until()
        + (reason == null ? "" : "：" + reason)
        + (hasSuspension()
            ? "；与已决定的暂停合并，暂停 " + next.suspendedFrom + " 至 " + next.suspendedUntil
            : "")
        + (next.suspensionScheduled() ? "；暂停自 " + next.suspendedFrom + " 起生效，此前协议照常履行" : "")
        + (next.departmentsSuspended() ? "；机构服务协议照常履行" : "")
        + "（"
        + PROVINCE_WIDE
        + "）";
  }

  /** The text of this agreement's scheduled suspension having begun. */
  String suspensionStartedNote() {
    return "暂停"
        + Suspension.scopeText(suspendedDepartments)
        + "医保服务开始执行（"
        + suspendedFrom
        + " 至 "
        + suspendedUntil
        + "，"
        + PROVINCE_WIDE
        + "）";
  }

  /**
   * The text of this terminated agreement, by {@code cause} (e.g. "依据处理决定 … ", or empty) for {@code
   * reason}.
   */
  String terminatedNote(String cause, String reason) {
    return cause + "自 " + terminatedOn + " 解除服务协议" + because(reason) + "（" + PROVINCE_WIDE + "）";
  }

  /** The text of this agreement's suspension having run out. */
  String reinstatedNote() {
    return "暂停期满（至 " + suspendedUntil + "），恢复医保服务";
  }

  /** The text of the agency lifting this agreement's suspension early for {@code reason}. */
  String liftedNote(String reason) {
    return "经办机构提前恢复"
        + Suspension.scopeText(suspendedDepartments)
        + "医保服务："
        + reason.trim()
        + "（全省适用）";
  }

  private static String because(String reason) {
    return reason == null || reason.isBlank() ? "" : "：" + reason;
  }
}
