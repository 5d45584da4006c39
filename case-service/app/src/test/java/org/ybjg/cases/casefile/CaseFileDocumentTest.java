package org.ybjg.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.ybjg.cases.casefile.domain.Adjustment;
import org.ybjg.cases.casefile.domain.AdjustmentKind;
import org.ybjg.cases.casefile.domain.CaseExposure;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.CaseOrigin;
import org.ybjg.cases.casefile.domain.CaseSource;
import org.ybjg.cases.casefile.domain.CaseStatus;
import org.ybjg.cases.casefile.domain.ConcernedDoctor;
import org.ybjg.cases.casefile.domain.CreditConsequence;
import org.ybjg.cases.casefile.domain.Deadline;
import org.ybjg.cases.casefile.domain.DeadlineStep;
import org.ybjg.cases.casefile.domain.Decision;
import org.ybjg.cases.casefile.domain.DecisionNumber;
import org.ybjg.cases.casefile.domain.Extension;
import org.ybjg.cases.casefile.domain.Extrapolation;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.cases.casefile.domain.HistoryEntry;
import org.ybjg.cases.casefile.domain.HistoryKind;
import org.ybjg.cases.casefile.domain.Instalment;
import org.ybjg.cases.casefile.domain.LedgerNote;
import org.ybjg.cases.casefile.domain.LedgerReason;
import org.ybjg.cases.casefile.domain.Measure;
import org.ybjg.cases.casefile.domain.MeasureKind;
import org.ybjg.cases.casefile.domain.MoneyRange;
import org.ybjg.cases.casefile.domain.Payment;
import org.ybjg.cases.casefile.domain.PaymentKind;
import org.ybjg.cases.casefile.domain.PenaltyAssessment;
import org.ybjg.cases.casefile.domain.Procedure;
import org.ybjg.cases.casefile.domain.Recovery;
import org.ybjg.cases.casefile.domain.Referral;
import org.ybjg.cases.casefile.domain.ReferralDocument;
import org.ybjg.cases.casefile.domain.ReferralStatus;
import org.ybjg.cases.casefile.domain.ReferralTarget;
import org.ybjg.cases.institution.domain.Ownership;

/**
 * The {@code cases} document: the case record's components and those of its parts are the stored
 * field names, so regrouping the aggregate into values must leave every stored case readable.
 * Written and read with the converter as the chassis configures it (Decimal128 money, the driver's
 * java.time codecs), without a database.
 */
class CaseFileDocumentTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  private final MappingMongoConverter converter = converter();

  @Test
  void shouldStoreEveryPartUnderItsFieldNameWhenWritten() {
    Document stored = write(everyPartFilled());

    assertThat(stored.keySet())
        .containsExactlyInAnyOrder(
            "_id",
            "version",
            "status",
            "origin",
            "findingId",
            "institutionId",
            "institutionName",
            "ownership",
            "countyCode",
            "regionPath",
            "category",
            "improperAmount",
            "openedOn",
            "procedure",
            "deadline",
            "decision",
            "referrals",
            "recovery",
            "ledgerNote",
            "exposure",
            "history",
            "source");
    assertThat(stored.get("procedure", Document.class).keySet())
        .containsExactlyInAnyOrder(
            "clueOn",
            "filingDue",
            "filingExtended",
            "filedOn",
            "decisionDue",
            "notifiedOn",
            "proposal",
            "hearingRight",
            "statementDue",
            "hearingRequestedOn",
            "hearingHeldOn",
            "waived",
            "legalReviewOn",
            "legalReviewBy",
            "servedOn",
            "serviceDue",
            "serviceMethod",
            "recipient",
            "paymentDue",
            "executedOn",
            "finePaid",
            "returnedAmount",
            "rectificationDue",
            "rectifiedOn",
            "closedOn",
            "closingReason",
            "extensions",
            "statements",
            "lastStepOn");
    assertThat(stored.get("recovery", Document.class).keySet())
        .containsExactlyInAnyOrder("instalmentReason", "instalments", "payments");
    assertThat(stored.get("recovery", Document.class).getList("payments", Document.class))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .containsEntry("kind", "FINE")
                    .containsEntry("amount", new Decimal128(new BigDecimal("5000.00")))
                    .containsKeys("on", "by", "reference"));
    assertThat(stored.getList("referrals", Document.class))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.keySet())
                    .containsExactlyInAnyOrder(
                        "_id",
                        "target",
                        "status",
                        "reason",
                        "sentOn",
                        "sentBy",
                        "documents",
                        "receivedOn",
                        "receivedBy",
                        "feedbackOn",
                        "feedback"));
    assertThat(stored.get("exposure", Document.class).keySet())
        .containsExactlyInAnyOrder("summary", "publishedOn", "publishedBy");
    assertThat(stored.get("ledgerNote", Document.class).keySet())
        .containsExactlyInAnyOrder("reason", "note", "on", "by");
    assertThat(stored.get("decision", Document.class).get("number", Document.class))
        .isEqualTo(new Document("issuer", "990102").append("year", 2026).append("sequence", 7L));
    assertThat(stored.get("deadline", Document.class).keySet())
        .containsExactlyInAnyOrder("step", "due", "reported");
  }

  @Test
  void shouldReadBackTheSameCaseWhenStored() {
    CaseFile stored = everyPartFilled();

    CaseFile read = converter.read(CaseFile.class, write(stored));

    assertThat(read).isEqualTo(stored);
    assertThat(read.referralFile()).isEqualTo(stored.referralFile());
    assertThat(read.recovery().nextInstalmentDue()).isEqualTo(DAY.plusMonths(2));
  }

  private static CaseFile everyPartFilled() {
    Procedure.Draft p = Procedure.ofClue(DAY.minusDays(60), DAY.minusDays(40)).draft();
    p.filingExtended = true;
    p.filedOn = DAY.minusDays(50);
    p.decisionDue = DAY.plusDays(60);
    p.notifiedOn = DAY.minusDays(30);
    p.proposal = "拟罚款(演示)";
    p.hearingRight = true;
    p.statementDue = DAY.minusDays(23);
    p.hearingRequestedOn = DAY.minusDays(28);
    p.hearingHeldOn = DAY.minusDays(25);
    p.waived = false;
    p.legalReviewOn = DAY.minusDays(22);
    p.legalReviewBy = List.of("法制审核员(演示)");
    p.servedOn = DAY.minusDays(15);
    p.serviceDue = DAY.minusDays(13);
    p.serviceMethod = "直接送达";
    p.recipient = "院长(演示)";
    p.paymentDue = DAY.plusMonths(1);
    p.executedOn = DAY.minusDays(3);
    p.finePaid = new BigDecimal("5000.00");
    p.returnedAmount = new BigDecimal("12800.50");
    p.rectificationDue = DAY.plusDays(30);
    p.rectifiedOn = DAY.minusDays(1);
    p.closedOn = DAY;
    p.closingReason = "整改完成(演示)";
    p.extensions =
        List.of(new Extension(10, "案情复杂(演示)", DAY.minusDays(20), "city-admin", List.of("张局长(演示)")));
    p.statements = List.of("当事人陈述(演示)");
    p.lastStepOn = DAY;
    Decision decision =
        new Decision(
            new DecisionNumber("990102", 2026, 7),
            List.of(
                new Measure(
                    MeasureKind.SUSPEND_AGREEMENT,
                    6,
                    DAY,
                    DAY.plusMonths(6).minusDays(1),
                    List.of("骨科"))),
            new BigDecimal("15000.00"),
            "《医疗保障基金使用监督管理条例》第三十八条",
            DAY.minusDays(20),
            "city-admin",
            new BigDecimal("12800.50"),
            "38",
            CreditConsequence.RECORD,
            new PenaltyAssessment(
                "38",
                "《医疗保障基金使用监督管理条例》第三十八条",
                new BigDecimal("12800.50"),
                new BigDecimal("12800.50"),
                new MoneyRange(new BigDecimal("12800.50"), new BigDecimal("25601.00")),
                new MoneyRange(new BigDecimal("12800.50"), new BigDecimal("25601.00")),
                new BigDecimal("15000.00"),
                true,
                true,
                false,
                CreditConsequence.RECORD,
                new Extrapolation(
                    10,
                    100,
                    new BigDecimal("1280.05"),
                    new BigDecimal("10.0000"),
                    new BigDecimal("12800.50")),
                List.of(new Adjustment(AdjustmentKind.LIGHTER, "主动退回", "从轻(演示)")),
                "依据(演示)"),
            List.of("city-admin"),
            List.of(new ConcernedDoctor("D1", "张三", "110")),
            List.of());
    Referral referral =
        new Referral(
            "r1",
            ReferralTarget.PUBLIC_SECURITY,
            ReferralStatus.FEEDBACK,
            "涉嫌伪造病历(演示)",
            DAY.minusDays(40),
            "city-admin",
            List.of(new ReferralDocument("移送函", 3)),
            DAY.minusDays(35),
            "刑侦支队(演示)",
            DAY.minusDays(10),
            "已立案侦查(演示)");
    Recovery recovery =
        new Recovery(
            "经济困难(演示)",
            List.of(
                new Instalment(DAY.plusMonths(1), new BigDecimal("5000.00")),
                new Instalment(DAY.plusMonths(2), new BigDecimal("22800.50"))),
            List.of(
                new Payment(
                    PaymentKind.FINE,
                    new BigDecimal("5000.00"),
                    DAY.minusDays(5),
                    "city-admin",
                    "缴款单1")));
    CaseSource source =
        new CaseSource(
            "JB-2026-001",
            "串换项目",
            DAY.minusDays(400),
            DAY.minusDays(100),
            "举报内容(演示)",
            "county-admin",
            List.of(new CaseSource.Evidence("病历复印件", "pdf", "ab".repeat(32), 12)));
    return new CaseFile(
        "case-1",
        12,
        CaseStatus.CLOSED,
        CaseOrigin.TIP_OFF,
        "finding-1",
        "inst-1",
        "东江市第一人民医院（演示）",
        Ownership.PUBLIC,
        "990102",
        List.of("990102", "990100", "990000"),
        FindingCategory.GENERAL_VIOLATION,
        new BigDecimal("12800.50"),
        DAY.minusDays(60),
        p.build(),
        Deadline.of(DeadlineStep.RECTIFICATION, DAY.plusDays(30)).announced(),
        decision,
        List.of(referral),
        recovery,
        new LedgerNote(LedgerReason.AWAITING_PAYMENT, "分期缴纳中(演示)", DAY, "city-admin"),
        new CaseExposure("某医院串换项目(演示)", DAY, "city-admin"),
        List.of(
            new HistoryEntry(
                HistoryKind.OPENED, NOW, HistoryEntry.SYSTEM, DAY.minusDays(60), List.of(), null),
            new HistoryEntry(HistoryKind.CLOSED, NOW, "city-admin", DAY, List.of("张局长(演示)"), "结案")),
        source);
  }

  private Document write(CaseFile c) {
    Document document = new Document();
    converter.write(c, document);
    document.remove("_class");
    return document;
  }

  private static MappingMongoConverter converter() {
    MongoCustomConversions conversions =
        MongoCustomConversions.create(
            adapter ->
                adapter
                    .useNativeDriverJavaTimeCodecs()
                    .bigDecimal(MongoCustomConversions.BigDecimalRepresentation.DECIMAL128));
    MongoMappingContext context = new MongoMappingContext();
    context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
    context.afterPropertiesSet();
    MappingMongoConverter converter =
        new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
    converter.setCustomConversions(conversions);
    converter.afterPropertiesSet();
    return converter;
  }
}
