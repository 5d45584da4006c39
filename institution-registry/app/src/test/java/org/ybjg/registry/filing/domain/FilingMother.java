package org.ybjg.registry.filing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;

/** Test filings of a demo institution (演示). */
final class FilingMother {

  static final Instant NOW = Instant.parse("2026-01-10T02:00:00Z");
  static final FiledInstitution HOSPITAL =
      new FiledInstitution(
          "inst-1",
          "H99010200001",
          "东江市第一人民医院（演示）",
          "990102",
          List.of("990102", "990100", "990000"));

  /**
   * The default policy: end of February, ledger, invoices and trial balance required (承医保发〔2019〕2号
   * §5).
   */
  static final FilingPolicy POLICY =
      new FilingPolicy(
          MonthDay.of(2, 29),
          EnumSet.of(AttachmentKind.LEDGER, AttachmentKind.INVOICE, AttachmentKind.TRIAL_BALANCE));

  private FilingMother() {}

  static FilingContents complete() {
    return contents(
        List.of(drug(1), drug(2)),
        List.of(
            attachment(AttachmentKind.LEDGER),
            attachment(AttachmentKind.INVOICE),
            attachment(AttachmentKind.TRIAL_BALANCE)));
  }

  static FilingContents contents(
      List<FilingContents.RankedDrug> drugs, List<FilingContents.Attachment> attachments) {
    return new FilingContents(
        new FilingContents.BasicInfo("张三（演示）", "东江市城东区健康路1号（演示）", "PDY00001X990102", null, 500),
        List.of(
            new FilingContents.StaffMember(
                "李四（演示）", StaffRole.DOCTOR, "110990102000001", "D990102000001")),
        drugs,
        List.of(
            new FilingContents.RankedServiceItem(
                1, "250101001", "血常规（演示）", 8000, new BigDecimal("160000.00"))),
        List.of(new FilingContents.Ward("骨科一病区", "骨科", 40)),
        List.of(new FilingContents.Supplier("东江医药有限公司（演示）", "91990102MA0000000X", "西药")),
        attachments);
  }

  static FilingContents.RankedDrug drug(int rank) {
    return new FilingContents.RankedDrug(
        rank, null, "药品" + rank + "（演示）", 1000 - rank, new BigDecimal("100.00"));
  }

  static FilingContents.Attachment attachment(AttachmentKind kind) {
    return new FilingContents.Attachment(
        kind,
        kind.name() + ".xlsx",
        "application/pdf",
        1024,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }
}
