package org.ybjg.cases.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code case.decision-issued.v1} on {@link CaseTopics#EVENTS}: a decision on a case with the
 * measures it orders. The registry applies agreement measures and scores the violation (category
 * and improper amount) for credit and evaluation; reporting counts them.
 *
 * @param category violation class of the case: FRAUD, GENERAL_VIOLATION, MANAGEMENT or OTHER (null
 *     if unknown)
 * @param improperAmount yuan of fund money improperly paid, as the case found it (null if none was
 *     found)
 * @param returnAmount yuan the institution is ordered to return to the fund (责令退回), null if none
 *     (since 0.2)
 * @param article the article of 《医疗保障基金使用监督管理条例》 applied, e.g. "38" (null if none) (since 0.2)
 * @param creditConsequence NONE, RECORD (记入失信记录) or SERIOUS (严重失信); null if not assessed (since
 *     0.2)
 * @param aggravated whether the decision was made heavier for a repeat offence (屡查屡犯), null if
 *     unknown (since 0.2)
 * @param doctors the 医保医师 of the institution the decision names as concerned (registry ids); null
 *     or empty if none (since 0.3; the registry records their credit) Schema: {@code
 *     events/case.decision-issued.v1.schema.json}.
 */
public record DecisionIssued(
    String caseId,
    String decisionNumber,
    String institutionId,
    String countyCode,
    List<Measure> measures,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fineAmount,
    LocalDate decidedOn,
    String decidedBy,
    String category,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal improperAmount,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal returnAmount,
    String article,
    String creditConsequence,
    Boolean aggravated,
    List<Doctor> doctors) {

  public static final String TYPE = "case.decision-issued.v1";

  /** The fourteen fields, as before the decision named the 医保医师 concerned. */
  public DecisionIssued(
      String caseId,
      String decisionNumber,
      String institutionId,
      String countyCode,
      List<Measure> measures,
      BigDecimal fineAmount,
      LocalDate decidedOn,
      String decidedBy,
      String category,
      BigDecimal improperAmount,
      BigDecimal returnAmount,
      String article,
      String creditConsequence,
      Boolean aggravated) {
    this(
        caseId,
        decisionNumber,
        institutionId,
        countyCode,
        measures,
        fineAmount,
        decidedOn,
        decidedBy,
        category,
        improperAmount,
        returnAmount,
        article,
        creditConsequence,
        aggravated,
        null);
  }

  /**
   * The first ten fields, as before the decision carried its return, article and credit
   * consequence.
   */
  public DecisionIssued(
      String caseId,
      String decisionNumber,
      String institutionId,
      String countyCode,
      List<Measure> measures,
      BigDecimal fineAmount,
      LocalDate decidedOn,
      String decidedBy,
      String category,
      BigDecimal improperAmount) {
    this(
        caseId,
        decisionNumber,
        institutionId,
        countyCode,
        measures,
        fineAmount,
        decidedOn,
        decidedBy,
        category,
        improperAmount,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * @param kind SUSPEND_AGREEMENT or TERMINATE_AGREEMENT
   * @param departments for a department-scoped suspension; empty means the whole institution
   */
  public record Measure(
      String kind, Integer months, LocalDate from, LocalDate until, List<String> departments) {}

  /**
   * A 医保医师 the decision names as concerned (since 0.3).
   *
   * @param doctorId the doctor's registry id (医保医师编码)
   * @param practiceCode the practising code as written in the decision, null if not given
   */
  public record Doctor(String doctorId, String name, String practiceCode) {}
}
