package org.ybjg.registry.institution;

import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.region.RegionTable;
import org.ybjg.registry.api.model.AgreementDto;
import org.ybjg.registry.api.model.AgreementStateDto;
import org.ybjg.registry.api.model.HistoryEntryDto;
import org.ybjg.registry.api.model.InstitutionDto;
import org.ybjg.registry.api.model.InstitutionLevelDto;
import org.ybjg.registry.api.model.InstitutionTypeDto;
import org.ybjg.registry.api.model.OwnershipDto;
import org.ybjg.registry.institution.domain.Agreement;
import org.ybjg.registry.institution.domain.AgreementState;
import org.ybjg.registry.institution.domain.Change;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;

/** Maps between the generated API types and the domain; codes go out with their zh-CN labels. */
@Component
class InstitutionDtos {

  private final RegionTable regions;

  InstitutionDtos(RegionTable regions) {
    this.regions = regions;
  }

  InstitutionDto toDto(Institution institution) {
    return new InstitutionDto(
            institution.id(),
            institution.version(),
            institution.nationalCode(),
            institution.name(),
            InstitutionTypeDto.valueOf(institution.type().name()),
            institution.type().label(),
            InstitutionLevelDto.valueOf(institution.level().name()),
            institution.level().label(),
            OwnershipDto.valueOf(institution.ownership().name()),
            institution.ownership().label(),
            institution.countyCode(),
            regions
                .find(institution.countyCode())
                .map(Region::name)
                .orElse(institution.countyCode()),
            toDto(institution.agreement()),
            institution.history().stream().map(InstitutionDtos::toDto).toList())
        .fundPayment(toDto(institution.fundPayment()))
        .creditGrade(institution.creditGrade())
        .updatedAt(
            institution.updatedAt() == null
                ? null
                : institution.updatedAt().atOffset(ZoneOffset.UTC));
  }

  static org.ybjg.registry.api.model.FundPaymentDto toDto(
      org.ybjg.registry.institution.domain.FundPayment payment) {
    return payment == null
        ? null
        : new org.ybjg.registry.api.model.FundPaymentDto(
                payment.year(), payment.amount().toPlainString())
            .countyRank(payment.countyRank())
            .cityRank(payment.cityRank())
            .provinceRank(payment.provinceRank());
  }

  private static AgreementDto toDto(Agreement agreement) {
    return new AgreementDto(
            AgreementStateDto.valueOf(agreement.state().name()),
            agreement.state().label(),
            agreement.suspendedDepartments())
        .signedOn(agreement.signedOn())
        .suspendedFrom(agreement.suspendedFrom())
        .suspendedUntil(agreement.suspendedUntil())
        .terminatedOn(agreement.terminatedOn())
        .causeCaseId(agreement.causeCaseId());
  }

  private static HistoryEntryDto toDto(Change change) {
    return new HistoryEntryDto(
            change.kind().name(), change.kind().label(), change.at().atOffset(ZoneOffset.UTC))
        .reference(change.reference())
        .detail(change.detail())
        .by(change.by());
  }

  static org.ybjg.registry.api.model.InstitutionHistoryEntryDto toDto(
      org.ybjg.registry.history.HistoryEntryView entry) {
    return new org.ybjg.registry.api.model.InstitutionHistoryEntryDto(
            entry.at().atOffset(ZoneOffset.UTC),
            entry.source(),
            entry.kind(),
            entry.kindLabel() == null ? entry.kind() : entry.kindLabel())
        .reference(entry.reference())
        .detail(entry.detail())
        .by(entry.by());
  }

  static InstitutionType type(InstitutionTypeDto dto) {
    return dto == null ? null : InstitutionType.valueOf(dto.name());
  }

  static InstitutionLevel level(InstitutionLevelDto dto) {
    return dto == null ? null : InstitutionLevel.valueOf(dto.name());
  }

  static Ownership ownership(OwnershipDto dto) {
    return dto == null ? null : Ownership.valueOf(dto.name());
  }

  static AgreementState agreementState(AgreementStateDto dto) {
    return dto == null ? null : AgreementState.valueOf(dto.name());
  }
}
