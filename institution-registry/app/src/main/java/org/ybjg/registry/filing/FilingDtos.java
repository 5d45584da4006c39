package org.ybjg.registry.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.registry.api.model.AnnualFilingDto;
import org.ybjg.registry.api.model.AttachmentKindDto;
import org.ybjg.registry.api.model.FilingAttachmentDto;
import org.ybjg.registry.api.model.FilingBasicInfoDto;
import org.ybjg.registry.api.model.FilingContentsDto;
import org.ybjg.registry.api.model.FilingStaffMemberDto;
import org.ybjg.registry.api.model.FilingStatusDto;
import org.ybjg.registry.api.model.FilingSummaryDto;
import org.ybjg.registry.api.model.FilingSupplierDto;
import org.ybjg.registry.api.model.FilingWardDto;
import org.ybjg.registry.api.model.RankedDrugDto;
import org.ybjg.registry.api.model.RankedServiceItemDto;
import org.ybjg.registry.api.model.StaffRoleDto;
import org.ybjg.registry.api.model.TerminationEligibleEntryDto;
import org.ybjg.registry.filing.domain.AnnualFiling;
import org.ybjg.registry.filing.domain.AttachmentKind;
import org.ybjg.registry.filing.domain.FilingContents;
import org.ybjg.registry.filing.domain.FilingStatus;
import org.ybjg.registry.filing.domain.StaffRole;

/**
 * Maps annual filings between the generated API types and the domain; labels are added on the way
 * out.
 */
final class FilingDtos {

  static final String REFUSAL_LABEL = "未按期报送年度备案资料，视为拒绝检查，可直接解除协议";

  private FilingDtos() {}

  static FilingContents toDomain(FilingContentsDto dto) {
    FilingBasicInfoDto basic = dto.getBasicInfo();
    return new FilingContents(
        new FilingContents.BasicInfo(
            basic.getLegalRepresentative(),
            basic.getAddress(),
            basic.getLicenceNumber(),
            basic.getContactPhone(),
            basic.getApprovedBeds()),
        dto.getStaff().stream()
            .map(
                s ->
                    new FilingContents.StaffMember(
                        s.getName(),
                        StaffRole.valueOf(s.getRole().getValue()),
                        s.getCertificateNumber(),
                        s.getInsuranceDoctorCode()))
            .toList(),
        dto.getDrugSalesRanking().stream()
            .map(
                d ->
                    new FilingContents.RankedDrug(
                        d.getRank(),
                        d.getCode(),
                        d.getName(),
                        d.getQuantity(),
                        new BigDecimal(d.getAmount())))
            .toList(),
        dto.getServiceItemRanking().stream()
            .map(
                i ->
                    new FilingContents.RankedServiceItem(
                        i.getRank(),
                        i.getCode(),
                        i.getName(),
                        i.getCount(),
                        new BigDecimal(i.getAmount())))
            .toList(),
        dto.getWards().stream()
            .map(w -> new FilingContents.Ward(w.getName(), w.getDepartment(), w.getBeds()))
            .toList(),
        dto.getSuppliers().stream()
            .map(s -> new FilingContents.Supplier(s.getName(), s.getCreditCode(), s.getSupplies()))
            .toList(),
        dto.getAttachments().stream()
            .map(
                a ->
                    new FilingContents.Attachment(
                        AttachmentKind.valueOf(a.getKind().getValue()),
                        a.getName(),
                        a.getMediaType(),
                        a.getSize(),
                        a.getSha256()))
            .toList());
  }

  static FilingSummaryDto summary(AnnualFiling filing, LocalDate today) {
    FilingStatus status = filing.statusOn(today);
    return new FilingSummaryDto(
            filing.id(),
            filing.institutionId(),
            filing.nationalCode(),
            filing.institutionName(),
            filing.countyCode(),
            filing.year(),
            filing.deadline(),
            FilingStatusDto.fromValue(status.name()),
            status.label(),
            filing.refusalOfInspection(today))
        .submittedOn(filing.submittedOn());
  }

  static AnnualFilingDto full(AnnualFiling filing, LocalDate today) {
    FilingStatus status = filing.statusOn(today);
    return new AnnualFilingDto(
            filing.id(),
            filing.institutionId(),
            filing.nationalCode(),
            filing.institutionName(),
            filing.countyCode(),
            filing.year(),
            filing.deadline(),
            FilingStatusDto.fromValue(status.name()),
            status.label(),
            filing.refusalOfInspection(today))
        .submittedAt(utc(filing.submittedAt()))
        .submittedOn(filing.submittedOn())
        .submittedBy(filing.submittedBy())
        .flaggedMissingAt(utc(filing.flaggedMissingAt()))
        .contents(filing.contents() == null ? null : toDto(filing.contents()));
  }

  static TerminationEligibleEntryDto eligible(AnnualFiling filing) {
    return new TerminationEligibleEntryDto(
        filing.institutionId(),
        filing.nationalCode(),
        filing.institutionName(),
        filing.countyCode(),
        filing.year(),
        filing.deadline(),
        TerminationEligibleEntryDto.ReasonEnum.REFUSAL_OF_INSPECTION,
        REFUSAL_LABEL);
  }

  private static FilingContentsDto toDto(FilingContents contents) {
    FilingContents.BasicInfo basic = contents.basicInfo();
    return new FilingContentsDto(
        new FilingBasicInfoDto(basic.legalRepresentative(), basic.address(), basic.licenceNumber())
            .contactPhone(basic.contactPhone())
            .approvedBeds(basic.approvedBeds()),
        contents.staff().stream()
            .map(
                s ->
                    new FilingStaffMemberDto(s.name(), StaffRoleDto.fromValue(s.role().name()))
                        .roleLabel(s.role().label())
                        .certificateNumber(s.certificateNumber())
                        .insuranceDoctorCode(s.insuranceDoctorCode()))
            .toList(),
        contents.drugSalesRanking().stream()
            .map(
                d ->
                    new RankedDrugDto(d.rank(), d.name(), d.quantity(), money(d.amount()))
                        .code(d.code()))
            .toList(),
        contents.serviceItemRanking().stream()
            .map(
                i ->
                    new RankedServiceItemDto(i.rank(), i.name(), i.count(), money(i.amount()))
                        .code(i.code()))
            .toList(),
        contents.wards().stream()
            .map(w -> new FilingWardDto(w.name(), w.beds()).department(w.department()))
            .toList(),
        contents.suppliers().stream()
            .map(
                s ->
                    new FilingSupplierDto(s.name())
                        .creditCode(s.creditCode())
                        .supplies(s.supplies()))
            .toList(),
        contents.attachments().stream()
            .map(
                a ->
                    new FilingAttachmentDto(
                            AttachmentKindDto.fromValue(a.kind().name()),
                            a.name(),
                            a.mediaType(),
                            a.size(),
                            a.sha256())
                        .kindLabel(a.kind().label()))
            .toList());
  }

  static String money(BigDecimal amount) {
    return Yuan.format(amount);
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  static List<FilingSummaryDto> summaries(List<AnnualFiling> filings, LocalDate today) {
    return filings.stream().map(f -> summary(f, today)).toList();
  }
}
