package org.ybjg.inspection.sampling.domain;

import java.time.Instant;
import org.ybjg.chassis.domain.Refusal;

/** One official's entry in the seed ceremony, in the recorded order (name, role, digits, time). */
public record CeremonyEntry(String name, String role, String digits, Instant at) {

  public CeremonyEntry {
    if (name == null || name.isBlank()) {
      throw Refusal.rule("sampling-rule", "officials.name", "each official entering digits must be named");
    }
    if (role == null || role.isBlank()) {
      throw Refusal.rule("sampling-rule", "officials.role", "each official's role must be given");
    }
    if (digits == null || !digits.matches("[0-9]{1,64}")) {
      throw Refusal.rule("sampling-rule", "officials.digits", "an official's entry must be 1 to 64 digits");
    }
  }
}
