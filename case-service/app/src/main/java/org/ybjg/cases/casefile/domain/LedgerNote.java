package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import org.ybjg.chassis.domain.Refusal;

/** The recorded reason an open problem is not cleared, who recorded it and when. */
public record LedgerNote(LedgerReason reason, String note, LocalDate on, String by) {

  /** A note on {@code reason}; "other" has to say what it is. */
  public static LedgerNote of(LedgerReason reason, String note, LocalDate on, String by) {
    String text = note == null || note.isBlank() ? null : note.strip();
    if (reason == LedgerReason.OTHER && text == null) {
      throw Refusal.rule("note-required", "note", "say what the other reason is");
    }
    return new LedgerNote(reason, text, on, by);
  }

  /** How the case history records the note. */
  public String describe() {
    return reason.label() + (note == null ? "" : ": " + note);
  }
}
