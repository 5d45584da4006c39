package org.ybjg.registry.institution;

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
import org.ybjg.registry.institution.domain.CreditFile;
import org.ybjg.registry.institution.domain.CreditRecord;
import org.ybjg.registry.institution.domain.CreditScale;
import org.ybjg.registry.institution.domain.CreditSeverity;
import org.ybjg.registry.institution.domain.Department;
import org.ybjg.registry.institution.domain.FundPayment;
import org.ybjg.registry.institution.domain.Institution;
import org.ybjg.registry.institution.domain.InstitutionLevel;
import org.ybjg.registry.institution.domain.InstitutionType;
import org.ybjg.registry.institution.domain.Ownership;
import org.ybjg.registry.institution.domain.Registration;

/**
 * The {@code institutions} document: the record's components are its field names, so renaming or
 * regrouping a component would leave every stored institution unreadable. Written and read with the
 * converter as the chassis configures it (Decimal128 money, the driver's java.time codecs), without
 * a database.
 */
class InstitutionDocumentTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");
  private static final CreditScale SCALE =
      new CreditScale(
          List.of(
              new CreditScale.Grade("A", "优秀", 0, 0, false),
              new CreditScale.Grade("E", "差", Integer.MAX_VALUE, Integer.MAX_VALUE, true)));

  private final MappingMongoConverter converter = converter();

  @Test
  void shouldStoreEveryPartUnderItsFieldNameWhenWritten() {
    Document stored = write(everyPartOnRecord());

    assertThat(stored.keySet())
        .containsExactlyInAnyOrder(
            "_id",
            "version",
            "nationalCode",
            "name",
            "type",
            "level",
            "ownership",
            "countyCode",
            "regionPath",
            "agreement",
            "creditGrade",
            "registrationKey",
            "history",
            "fundPayment",
            "creditRecords",
            "departments",
            "updatedAt");
    assertThat(stored.get("agreement", Document.class))
        .containsEntry("state", "ACTIVE")
        .containsEntry("suspendedDepartments", List.of("骨科"))
        .containsEntry("causeCaseId", "case-9")
        .containsKeys("signedOn", "suspendedFrom", "suspendedUntil");
    assertThat(stored.getString("creditGrade")).isEqualTo("E");
    assertThat(stored.getList("creditRecords", Document.class))
        .singleElement()
        .satisfies(
            record ->
                assertThat(record)
                    .containsEntry("caseId", "case-9")
                    .containsEntry("severity", "SERIOUS")
                    .containsEntry("rectifiedOn", TODAY)
                    .containsKeys("decisionNumber", "recordedOn", "reason"));
    assertThat(stored.getList("departments", Document.class))
        .containsExactly(
            new Document("code", "GK01").append("name", "骨科"),
            new Document("code", "JYK").append("name", "检验科"));
    assertThat(stored.get("fundPayment", Document.class))
        .containsEntry("amount", new Decimal128(new BigDecimal("1234.50")))
        .containsEntry("provinceRank", 3);
  }

  @Test
  void shouldReadBackTheSameInstitutionWhenStored() {
    Institution institution = everyPartOnRecord();

    Institution read = converter.read(Institution.class, write(institution));

    assertThat(read).isEqualTo(institution);
    assertThat(read.creditFile()).isEqualTo(institution.creditFile());
    assertThat(read.departmentRoster()).isEqualTo(institution.departmentRoster());
  }

  @Test
  void shouldReadADocumentWrittenBeforeFundPaymentsCreditAndDepartmentsWhenFieldsAreMissing() {
    Institution registered = registered();
    Document stored = write(registered);
    List.of("fundPayment", "creditRecords", "creditGrade", "departments", "updatedAt")
        .forEach(stored::remove);

    Institution read = converter.read(Institution.class, stored);

    assertThat(read).isEqualTo(registered);
    assertThat(read.creditFile()).isEqualTo(CreditFile.empty());
    assertThat(read.departmentRoster().all()).isEmpty();
    assertThat(read.fundPayment()).isNull();
    assertThat(read.updatedAt()).isEqualTo(NOW);
  }

  private static Institution registered() {
    return Institution.register(
        "inst-1",
        new Registration(
            "H99010200001",
            "东江市第一人民医院（演示）",
            InstitutionType.MEDICAL_INSTITUTION,
            InstitutionLevel.TERTIARY,
            Ownership.PUBLIC,
            "990102",
            List.of("990102", "990100", "990000"),
            LocalDate.of(2024, 1, 1),
            "request-1"),
        TODAY,
        NOW,
        "county-admin");
  }

  private static Institution everyPartOnRecord() {
    return registered()
        .addDepartment(new Department("GK01", "骨科"), NOW, "county-admin")
        .addDepartment(new Department("JYK", "检验科"), NOW, "county-admin")
        .suspendByAgency(
            TODAY,
            TODAY.plusMonths(6),
            "case-9",
            "骨科串换项目",
            List.of("骨科"),
            TODAY,
            NOW,
            "county-admin")
        .recordFundPayment(new FundPayment(2024, new BigDecimal("1234.5"), 1, 2, 3), NOW, "import")
        .recordCredit(
            CreditRecord.of("case-9", "演示医保罚〔2025〕9号", CreditSeverity.SERIOUS, TODAY, "串换项目"),
            SCALE,
            NOW,
            "city-admin")
        .recordRectification("case-9", TODAY, NOW, "system:case-closed");
  }

  private Document write(Institution institution) {
    Document document = new Document();
    converter.write(institution, document);
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
