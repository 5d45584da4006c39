package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The service agreement (服务协议, DOMAIN.md §2) as a small state machine:
 * NONE → ACTIVE (signed) → SUSPENDED (暂停医保服务, for a period) → ACTIVE again when the period is over,
 * and ACTIVE or SUSPENDED → TERMINATED (解除协议), which is final.
 *
 * <p>While suspended it carries the suspension: first and last day, the departments concerned (empty:
 * the whole institution) and the case whose decision caused it. A second suspension while one runs
 * (another case) merges into it: the earlier start, the later end, the wider scope; the cause is the
 * case that sets the end.
 */
public record Agreement(
    AgreementState state,
    LocalDate signedOn,
    LocalDate suspendedFrom,
    LocalDate suspendedUntil,
    List<String> suspendedDepartments,
    LocalDate terminatedOn,
    String causeCaseId) {

  public Agreement {
    if (state == null) {
      throw new IllegalArgumentException("agreement state is required");
    }
    suspendedDepartments = suspendedDepartments == null ? List.of() : List.copyOf(suspendedDepartments);
  }

  public static Agreement none() {
    return new Agreement(AgreementState.NONE, null, null, null, List.of(), null, null);
  }

  public static Agreement signed(LocalDate signedOn) {
    return new Agreement(AgreementState.ACTIVE, signedOn, null, null, List.of(), null, null);
  }

  /**
   * Suspends an agreement in force, or extends a running suspension; never one not signed or terminated.
   * A suspension whose first day is still to come is only scheduled: the agreement stays ACTIVE (with
   * the period recorded) until {@link #startScheduledSuspension} on its first day.
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
          AgreementState next = !suspension.wholeInstitution() || suspension.from().isAfter(today)
              ? AgreementState.ACTIVE : AgreementState.SUSPENDED;
          return new Agreement(next, signedOn, suspension.from(), suspension.until(),
              suspension.departments(), null, caseId);
        }
        return mergedWith(suspension, caseId, today);
      case SUSPENDED:
      default:
        return mergedWith(suspension, caseId, today);
    }
  }

  /**
   * A whole-institution suspension recorded for a period still to come (the agreement is in force until its
   * first day). A department-scoped suspension never changes the agreement's state, so it is not "scheduled".
   */
  public boolean suspensionScheduled() {
    return state == AgreementState.ACTIVE && suspendedFrom != null && suspendedDepartments.isEmpty();
  }

  /** Named departments are suspended (or will be) while the institution's agreement stays in force. */
  public boolean departmentsSuspended() {
    return state == AgreementState.ACTIVE && suspendedFrom != null && !suspendedDepartments.isEmpty();
  }

  /** Any suspension on record: running, scheduled, or of named departments. */
  public boolean hasSuspension() {
    return suspendedFrom != null && (state == AgreementState.ACTIVE || state == AgreementState.SUSPENDED);
  }

  /** A scheduled suspension begins on its first day. */
  public boolean suspensionStartDue(LocalDate today) {
    return suspensionScheduled() && !suspendedFrom.isAfter(today);
  }

  public Agreement startScheduledSuspension(LocalDate today) {
    if (!suspensionStartDue(today)) {
      throw new AgreementTransitionRejected(suspensionScheduled()
          ? "暂停自 " + suspendedFrom + " 开始，尚未到期"
          : "没有待开始的暂停");
    }
    return new Agreement(AgreementState.SUSPENDED, signedOn, suspendedFrom, suspendedUntil, suspendedDepartments,
        null, causeCaseId);
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
    AgreementState next = departments.isEmpty() && (state == AgreementState.SUSPENDED || !from.isAfter(today))
        ? AgreementState.SUSPENDED : AgreementState.ACTIVE;
    return new Agreement(next, signedOn, from, until, departments, null,
        extends_ ? caseId : causeCaseId);
  }

  /** Signs the agreement of an institution that has none (NONE → ACTIVE); any other state is refused. */
  public Agreement sign(LocalDate on) {
    if (state != AgreementState.NONE) {
      throw new AgreementTransitionRejected("服务协议状态为“" + state.label() + "”，不能签订（已解除的须重新申请纳入定点）");
    }
    return signed(on);
  }

  /** Renews an agreement in force or suspended: a new signing date; state and any suspension stay. */
  public Agreement renew(LocalDate on) {
    if (state == AgreementState.NONE || state == AgreementState.TERMINATED) {
      throw new AgreementTransitionRejected("服务协议状态为“" + state.label() + "”，不能续签");
    }
    return new Agreement(state, on, suspendedFrom, suspendedUntil, suspendedDepartments, terminatedOn, causeCaseId);
  }

  /** Terminates an agreement in force or suspended; terminating twice, or with none signed, is refused. */
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
        return new Agreement(AgreementState.TERMINATED, signedOn, null, null, List.of(), on, caseId);
    }
  }

  /** A suspension is over once its last day has passed: due on the day after {@code suspendedUntil}. */
  public boolean reinstatementDue(LocalDate today) {
    return (state == AgreementState.SUSPENDED || departmentsSuspended()) && suspendedUntil != null
        && suspendedUntil.isBefore(today);
  }

  public Agreement reinstate(LocalDate today) {
    if (!reinstatementDue(today)) {
      throw new AgreementTransitionRejected(state == AgreementState.SUSPENDED || departmentsSuspended()
          ? "暂停期至 " + suspendedUntil + "，尚未期满"
          : "服务协议未处于暂停状态，无需恢复");
    }
    return new Agreement(AgreementState.ACTIVE, signedOn, null, null, List.of(), null, null);
  }

  /**
   * The agency lifts a suspension before its end (or cancels one not yet begun): the whole institution or its
   * departments are in service again. Without any suspension on record there is nothing to lift.
   */
  public Agreement lift() {
    if (!hasSuspension()) {
      throw new AgreementTransitionRejected("服务协议状态为“" + state.label() + "”，没有可恢复的暂停");
    }
    return new Agreement(AgreementState.ACTIVE, signedOn, null, null, List.of(), null, null);
  }
}
