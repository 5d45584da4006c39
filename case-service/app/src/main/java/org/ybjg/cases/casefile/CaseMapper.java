package org.ybjg.cases.casefile;

import java.time.ZoneOffset;
import org.ybjg.cases.api.model.CaseDto;
import org.ybjg.cases.api.model.CaseOriginDto;
import org.ybjg.cases.api.model.CaseStatusDto;
import org.ybjg.cases.api.model.DecisionDto;
import org.ybjg.cases.api.model.FindingCategoryDto;
import org.ybjg.cases.api.model.HistoryEntryDto;
import org.ybjg.cases.api.model.HistoryKindDto;
import org.ybjg.cases.api.model.MeasureDto;
import org.ybjg.cases.api.model.MeasureKindDto;
import org.ybjg.cases.api.model.OwnershipDto;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.HistoryEntry;
import org.ybjg.cases.decision.domain.Decision;
import org.ybjg.cases.decision.domain.Measure;

/** Domain → API: codes with their zh-CN labels beside them. */
public final class CaseMapper {

  private CaseMapper() {}

  public static CaseDto toDto(CaseFile c) {
    return new CaseDto()
        .id(c.id())
        .version(c.version())
        .status(CaseStatusDto.fromValue(c.status().name()))
        .statusLabel(c.status().label())
        .origin(CaseOriginDto.fromValue(c.origin().name()))
        .originLabel(c.origin().label())
        .findingId(c.findingId())
        .institutionId(c.institutionId())
        .institutionName(c.institutionName())
        .ownership(OwnershipDto.fromValue(c.ownership().name()))
        .ownershipLabel(c.ownership().label())
        .countyCode(c.countyCode())
        .category(FindingCategoryDto.fromValue(c.category().name()))
        .categoryLabel(c.category().label())
        .improperAmount(c.improperAmount())
        .openedOn(c.openedOn())
        .decision(c.decision() == null ? null : toDto(c.decision()))
        .history(c.history().stream().map(CaseMapper::toDto).toList());
  }

  private static DecisionDto toDto(Decision d) {
    return new DecisionDto()
        .decisionNumber(d.number().text())
        .measures(d.measures().stream().map(CaseMapper::toDto).toList())
        .fineAmount(d.fineAmount())
        .basis(d.basis())
        .decidedOn(d.decidedOn())
        .decidedBy(d.decidedBy());
  }

  private static MeasureDto toDto(Measure m) {
    return new MeasureDto()
        .kind(MeasureKindDto.fromValue(m.kind().name()))
        .kindLabel(m.kind().label())
        .months(m.months())
        .from(m.from())
        .until(m.until())
        .departments(m.departments());
  }

  private static HistoryEntryDto toDto(HistoryEntry h) {
    return new HistoryEntryDto()
        .kind(HistoryKindDto.fromValue(h.kind().name()))
        .kindLabel(h.kind().label())
        .at(h.at().atOffset(ZoneOffset.UTC))
        .by(h.by());
  }
}
