package org.ybjg.registry.institution;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.institution.domain.Registration;

/**
 * Enters a designated institution into the directory (入口管理, 承医保发〔2019〕2号 §(二)) in a county of the
 * caller's region, storing it and its {@code REGISTERED} event in one write.
 */
@Component
public class RegisterInstitution {

  private static final Logger log = LoggerFactory.getLogger(RegisterInstitution.class);

  /**
   * Handling agencies' administrators register institutions; inspectors, experts and auditors do
   * not.
   */
  static final Set<String> REGISTRARS =
      Set.of("PROVINCE_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN", "API_CLIENT");

  private final Institutions institutions;
  private final RegionScope scope;
  private final Clock clock;

  RegisterInstitution(Institutions institutions, RegionScope scope, Clock clock) {
    this.institutions = institutions;
    this.scope = scope;
    this.clock = clock;
  }

  public Institution register(RegisterInstitutionCommand command, Caller caller) {
    if (caller.roles().stream().noneMatch(REGISTRARS::contains)) {
      throw new AccessDeniedException("only administrators register institutions");
    }
    Optional<Institution> replay = replayOf(command, caller);
    if (replay.isPresent()) {
      return replay.get();
    }
    if (!scope.regions().isCounty(command.countyCode())) {
      throw Refusal.rule(
          "unknown-county",
          "countyCode",
          command.countyCode() + " is not a county of the region table.",
          command.countyCode());
    }
    if (!scope.covers(caller, command.countyCode())) {
      throw new OutsideRegionException(command.countyCode(), caller.region());
    }
    Institution registered =
        Institution.register(
            Ids.next(),
            new Registration(
                command.nationalCode(),
                command.name(),
                command.type(),
                command.level(),
                command.ownership(),
                command.countyCode(),
                scope.pathOf(command.countyCode()),
                command.agreementSignedOn(),
                requestKey(command, caller)),
            LocalDate.now(clock.withZone(RegistryConfiguration.ZONE)),
            Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
            caller.username());
    try {
      institutions.insert(registered);
    } catch (DuplicateKeyException | MongoWriteException e) {
      if (e instanceof MongoWriteException write
          && write.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw write;
      }
      // a concurrent retry with the same key may have won the race
      return replayOf(command, caller)
          .orElseThrow(
              () ->
                  Refusal.conflict(
                      "duplicate-national-code",
                      "An institution with national code "
                          + command.nationalCode()
                          + " is already registered."));
    }
    log.info(
        "registered institution {} ({}) in {}",
        registered.id(),
        registered.nationalCode(),
        registered.countyCode());
    return registered;
  }

  /**
   * A retry carrying the key of an earlier registration answers with what that registration made.
   */
  private Optional<Institution> replayOf(RegisterInstitutionCommand command, Caller caller) {
    String key = requestKey(command, caller);
    if (key == null) {
      return Optional.empty();
    }
    return institutions
        .findByRegistrationKey(key)
        .map(
            earlier -> {
              if (!earlier.nationalCode().equals(command.nationalCode())
                  || earlier.type() != command.type()
                  || !earlier.countyCode().equals(command.countyCode())) {
                // the same key with another body is a client bug, not a retry: answering the first
                // record would hide it (422, nothing written)
                throw Refusal.rule(
                    "idempotency-key-reused",
                    "Idempotency-Key",
                    "This Idempotency-Key was already used for a different registration.");
              }
              return earlier;
            });
  }

  /**
   * The key as stored: per caller, so the same key sent by two users is two commands (and one user
   * cannot learn of, or replay, another's registration through a guessed key).
   */
  private static String requestKey(RegisterInstitutionCommand command, Caller caller) {
    String key = command.idempotencyKey();
    return key == null || key.isBlank() ? null : caller.username() + " " + key.strip();
  }
}
