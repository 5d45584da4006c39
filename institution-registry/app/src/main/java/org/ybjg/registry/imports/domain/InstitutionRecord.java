package org.ybjg.registry.imports.domain;

import java.time.LocalDate;
import org.ybjg.registry.institution.domain.BasicInfo;

/**
 * A valid institution row: its basic information and, for a new institution, the agreement's
 * signing date.
 */
public record InstitutionRecord(
    int row, String nationalCode, BasicInfo info, LocalDate agreementSignedOn) {}
