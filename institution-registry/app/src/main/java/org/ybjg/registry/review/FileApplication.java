package org.ybjg.registry.review;

import com.mongodb.MongoWriteException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.institution.domain.Registration;
import org.ybjg.registry.review.domain.Application;

/**
 * Files an approved application: the institution enters the directory with its agreement (备案纳入定点).
 *
 * <p>Atomicity without multi-document transactions (the store has none): the chain is two
 * single-document writes, ordered and idempotent. (1) The institution is inserted with the
 * application's id as its id — one document with its agreement, its REGISTERED change (naming the
 * entry review) and its event in the outbox, so the institution is either fully registered or
 * absent. (2) The application is marked FILED. If (2) does not happen (crash, concurrent change),
 * the institution still stands complete, its history already shows the entry review (read from the
 * application by the shared id), and a retry of the filing finds the institution by id and only
 * completes (2). All checks (status, agreement date, national code) run before (1), so a refusal
 * writes nothing.
 */
@Component
class FileApplication {

  private static final Logger log = LoggerFactory.getLogger(FileApplication.class);

  private final EntryReview entryReview;
  private final Applications applications;
  private final Institutions institutions;
  private final Clock clock;

  FileApplication(
      EntryReview entryReview, Applications applications, Institutions institutions, Clock clock) {
    this.entryReview = entryReview;
    this.applications = applications;
    this.institutions = institutions;
    this.clock = clock;
  }

  Application file(String id, LocalDate agreementSignedOn, Caller caller) {
    EntryReview.require(caller, EntryReview.ADMINS, "only administrators file applications");
    Application approved = entryReview.get(id, caller);
    EntryReview.ruled(
        () -> {
          approved.requireFileable();
          return approved;
        });
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    if (institutions.find(approved.id()).isEmpty()) {
      register(approved, agreementSignedOn, at, caller);
    } else {
      log.info(
          "application {}: institution already registered by an earlier attempt, completing the filing",
          id);
    }
    Application filed =
        EntryReview.ruled(
            () -> approved.filed(approved.id(), agreementSignedOn, at, caller.username()));
    try {
      applications.update(approved, filed);
    } catch (OptimisticLockingFailureException concurrent) {
      throw Refusal.conflict("application-changed", "申请已被他人同时修改，请刷新后重试");
    }
    return filed;
  }

  private void register(Application approved, LocalDate signedOn, Instant at, Caller caller) {
    Institution institution =
        Institution.register(
            approved.id(),
            new Registration(
                approved.nationalCode(),
                approved.name(),
                approved.type(),
                approved.level(),
                approved.ownership(),
                approved.countyCode(),
                approved.regionPath(),
                signedOn,
                null,
                approved.entryReviewSummary()),
            LocalDate.now(clock.withZone(RegistryConfiguration.ZONE)),
            at,
            caller.username());
    try {
      institutions.insert(institution);
    } catch (DuplicateKeyException | MongoWriteException duplicate) {
      throw Refusal.conflict(
          "duplicate-national-code",
          "An institution with national code "
              + approved.nationalCode()
              + " is already registered.");
    }
  }
}
