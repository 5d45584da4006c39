package org.ybjg.registry.filing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What an institution files each year (资质信息审核备案, 承医保发〔2019〕2号 §4: basic information, medical staff,
 * the yearly drug sales ranking, the service-item ranking, wards and beds, suppliers; §5: ledgers,
 * invoices and the trial balance, here as attachment metadata).
 */
public record FilingContents(
    BasicInfo basicInfo,
    List<StaffMember> staff,
    List<RankedDrug> drugSalesRanking,
    List<RankedServiceItem> serviceItemRanking,
    List<Ward> wards,
    List<Supplier> suppliers,
    List<Attachment> attachments) {

  public FilingContents {
    Objects.requireNonNull(basicInfo, "basicInfo");
    staff = staff == null ? List.of() : List.copyOf(staff);
    drugSalesRanking = drugSalesRanking == null ? List.of() : List.copyOf(drugSalesRanking);
    serviceItemRanking = serviceItemRanking == null ? List.of() : List.copyOf(serviceItemRanking);
    wards = wards == null ? List.of() : List.copyOf(wards);
    suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** 基础信息. */
  public record BasicInfo(
      String legalRepresentative,
      String address,
      String licenceNumber,
      String contactPhone,
      Integer approvedBeds) {}

  /** 医务人员基础信息. */
  public record StaffMember(
      String name, StaffRole role, String certificateNumber, String insuranceDoctorCode) {}

  /** 年度药品销量排名. */
  public record RankedDrug(int rank, String code, String name, long quantity, BigDecimal amount) {}

  /** 诊疗项目排名. */
  public record RankedServiceItem(
      int rank, String code, String name, long count, BigDecimal amount) {}

  /** 病室病床信息. */
  public record Ward(String name, String department, int beds) {}

  /** 供货公司信息. */
  public record Supplier(String name, String creditCode, String supplies) {}

  /** A filed document's metadata; the file stays in the document store. */
  public record Attachment(
      AttachmentKind kind, String name, String mediaType, long size, String sha256) {}
}
