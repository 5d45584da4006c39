package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;

/** The recorded reason an open problem is not cleared, who recorded it and when. */
public record LedgerNote(LedgerReason reason, String note, LocalDate on, String by) {}
