package org.ybjg.registry.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.OutsideRegionException;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;
import org.ybjg.registry.review.domain.Application;
import org.ybjg.registry.review.domain.ReviewMethod;
import org.ybjg.registry.review.domain.ReviewOutcome;
import org.ybjg.registry.review.domain.Verdict;

/**
 * Entry review (入口管理, 承医保发〔2019〕2号 §(二) 2): receive, review, decide with the reviewer's signature.
 * Each step is one write of the application with its audit entry; a refused step writes nothing.
 */
@Component
class EntryReview {

  static final Set<String> ADMINS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "API_CLIENT");
  static final Set<String> REVIEWERS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "INSPECTOR", "EXPERT");

  private final Applications applications;
  private final Institutions institutions;
  private final RegionScope scope;
  private final Clock clock;

  EntryReview(
      Applications applications, Institutions institutions, RegionScope scope, Clock clock) {
    this.applications = applications;
    this.institutions = institutions;
    this.scope = scope;
    this.clock = clock;
  }

  Application submit(
      String nationalCode,
      String name,
      InstitutionType type,
      InstitutionLevel level,
      Ownership ownership,
      String countyCode,
      Caller caller) {
    require(caller, ADMINS, "only administrators receive applications");
    if (!scope.regions().isCounty(countyCode)) {
      throw Refusal.rule(
          "unknown-county",
          "countyCode",
          countyCode + " is not a county of the region table.",
          countyCode);
    }
    if (!scope.covers(caller, countyCode)) {
      throw new OutsideRegionException(countyCode, caller.region());
    }
    if (institutions.existsByNationalCode(nationalCode)) {
      throw Refusal.conflict(
          "duplicate-national-code",
          "An institution with national code " + nationalCode + " is already registered.");
    }
    if (applications.openFor(nationalCode)) {
      throw Refusal.conflict("application-pending", "国家编码 " + nationalCode + " 已有未办结的定点申请");
    }
    Application application =
        ruled(
            () ->
                Application.submit(
                    Ids.next(),
                    nationalCode,
                    name.trim(),
                    type,
                    level,
                    ownership,
                    countyCode,
                    scope.pathOf(countyCode),
                    now(),
                    caller.username()));
    applications.insert(application);
    return application;
  }

  Application get(String id, Caller caller) {
    return applications
        .find(id)
        .filter(found -> scope.covers(caller, found.countyCode()))
        .orElseThrow(() -> Refusal.notFound("application not found"));
  }

  Application review(
      String id, ReviewMethod method, ReviewOutcome outcome, String findings, Caller caller) {
    require(caller, REVIEWERS, "only administrators, inspectors and experts review applications");
    return step(
        id, caller, current -> current.review(method, outcome, findings, now(), caller.username()));
  }

  Application decide(
      String id,
      Verdict verdict,
      String reason,
      String reviewer,
      String signedBy,
      String statement,
      Caller caller) {
    require(caller, ADMINS, "only administrators decide applications");
    return step(
        id,
        caller,
        current ->
            current.decide(
                verdict, reason, reviewer, signedBy, statement, now(), caller.username()));
  }

  private Application step(String id, Caller caller, UnaryOperator<Application> change) {
    Application current = get(id, caller);
    Application next = ruled(() -> change.apply(current));
    try {
      applications.update(current, next);
    } catch (OptimisticLockingFailureException concurrent) {
      throw Refusal.conflict("application-changed", "申请已被他人同时修改，请刷新后重试");
    }
    return next;
  }

  static Application ruled(java.util.function.Supplier<Application> step) {
    return step.get();
  }

  static void require(Caller caller, Set<String> roles, String message) {
    if (caller.roles().stream().noneMatch(roles::contains)) {
      throw new AccessDeniedException(message);
    }
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
