package org.ybjg.cases.events;

import java.time.LocalDate;

/**
 * {@code case.doctor-points-confirmed.v1} on {@link CaseTopics#EVENTS}: an officer confirmed the
 * points (记分) a decision gives a 医保医师 it names (《关于建立定点医药机构相关人员医保支付资格管理制度的指导意见》 医保发〔2024〕23号). The
 * registry accumulates them per person and calendar year (suspending the person's 医保支付资格 at 9
 * points, terminating it at 12); a case later closed NOT_UPHELD ({@link CaseClosed}) withdraws
 * them. Schema: {@code events/case.doctor-points-confirmed.v1.schema.json}.
 *
 * @param doctorId the doctor's registry id (医保医师编码) under the institution
 * @param tierMin the lower bound of the tier the points table proposed
 * @param article the article of 《医疗保障基金使用监督管理条例》 the decision applied, null if none
 * @param decidedOn the decision's date: the points count in that calendar year
 */
public record DoctorPointsConfirmed(
    String caseId,
    String decisionNumber,
    String institutionId,
    String countyCode,
    String doctorId,
    String doctorName,
    int points,
    int tierMin,
    int tierMax,
    String reason,
    String article,
    LocalDate decidedOn,
    LocalDate confirmedOn) {

  public static final String TYPE = "case.doctor-points-confirmed.v1";
}
