package org.ybjg.registry.institution;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.region.RegionTable;
import org.ybjg.registry.api.PublicNoticesApi;
import org.ybjg.registry.api.model.AgreementStateDto;
import org.ybjg.registry.api.model.PublicAgreementMeasureDto;
import org.ybjg.registry.api.model.PublicAgreementMeasureDto.MeasureEnum;
import org.ybjg.registry.api.model.PublicAgreementMeasurePageDto;
import org.ybjg.registry.institution.domain.Agreement;
import org.ybjg.registry.institution.domain.AgreementState;
import org.ybjg.registry.institution.domain.Institution;

/**
 * The public, province-wide notice of suspensions and terminations (mutual recognition,
 * 承医保发〔2019〕2号 §10): what any agency of the province — including one that may not open the
 * institution's record — checks before paying.
 */
@RestController
class PublicNoticeController implements PublicNoticesApi {

  private final Institutions institutions;
  private final RegionTable regions;

  PublicNoticeController(Institutions institutions, RegionTable regions) {
    this.institutions = institutions;
    this.regions = regions;
  }

  @Override
  public ResponseEntity<PublicAgreementMeasurePageDto> listPublicAgreementMeasures(
      String regionCode, Integer page, Integer size) {
    Institutions.Page found =
        institutions.withAgreementMeasures(
            regionCode, page == null ? 0 : page, size == null ? 20 : size);
    return ResponseEntity.ok(
        new PublicAgreementMeasurePageDto(
            found.items().stream().map(this::toDto).toList(),
            found.page(),
            found.size(),
            found.total()));
  }

  private PublicAgreementMeasureDto toDto(Institution institution) {
    Agreement agreement = institution.agreement();
    MeasureEnum measure;
    String label;
    if (agreement.state() == AgreementState.TERMINATED) {
      measure = MeasureEnum.TERMINATED;
      label = "解除协议";
    } else if (agreement.state() == AgreementState.SUSPENDED) {
      measure = MeasureEnum.SUSPENDED;
      label = agreement.suspendedDepartments().isEmpty() ? "暂停医保服务（全院）" : "暂停医保服务";
    } else if (agreement.departmentsSuspended()) {
      measure = MeasureEnum.DEPARTMENTS_SUSPENDED;
      label = "科室暂停医保服务";
    } else {
      measure = MeasureEnum.SUSPENSION_SCHEDULED;
      label = "暂停待执行";
    }
    return new PublicAgreementMeasureDto(
            institution.id(),
            institution.nationalCode(),
            institution.name(),
            institution.countyCode(),
            regions
                .find(institution.countyCode())
                .map(Region::name)
                .orElse(institution.countyCode()),
            AgreementStateDto.valueOf(agreement.state().name()),
            agreement.state().label(),
            measure,
            label,
            agreement.suspendedDepartments())
        .from(agreement.suspendedFrom())
        .until(agreement.suspendedUntil())
        .terminatedOn(agreement.terminatedOn());
  }
}
