package org.ybjg.cases.referral.domain;

import java.util.ArrayList;
import java.util.List;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.cases.casefile.domain.ReferralTarget;
import org.ybjg.cases.institution.domain.Ownership;

/**
 * Where a case should be referred, from the institution's ownership and the violation
 * (docs/domain.md#cases):
 *
 * <ul>
 *   <li>a typical case (fraud, or marked typical) of a public institution → discipline inspection;
 *       of a private or individual hospital, clinic or pharmacy → public security (吕医保发〔2021〕36号
 *       §(三)2);
 *   <li>a suspected crime → the judiciary; misconduct of party members or state employees →
 *       discipline inspection (2023年度省级飞行检查工作方案 §七(三));
 *   <li>matters of other departments → health or market regulation (黄医保（2024）1号 §五(三), 承医保发〔2019〕2号
 *       §12).
 * </ul>
 */
public final class ReferralProposer {

  private ReferralProposer() {}

  public static List<ReferralProposal> propose(
      Ownership ownership,
      FindingCategory category,
      boolean typical,
      boolean suspectedCrime,
      boolean officialMisconduct,
      OtherDepartment otherDepartment) {
    List<ReferralProposal> proposals = new ArrayList<>();
    boolean typicalCase = typical || category == FindingCategory.FRAUD;
    if (typicalCase && ownership == Ownership.PUBLIC) {
      proposals.add(
          new ReferralProposal(
              ReferralTarget.DISCIPLINE_INSPECTION, "公立医院的欺诈骗保典型案例", "吕医保发〔2021〕36号 §(三)2"));
    }
    if (typicalCase && ownership == Ownership.PRIVATE) {
      proposals.add(
          new ReferralProposal(
              ReferralTarget.PUBLIC_SECURITY, "民营或个体医院(诊所、药店)的欺诈骗保典型案例", "吕医保发〔2021〕36号 §(三)2"));
    }
    if (suspectedCrime) {
      proposals.add(
          new ReferralProposal(
              ReferralTarget.JUDICIARY, "涉嫌犯罪，依法移送司法机关追究刑事责任", "2023年度省级飞行检查工作方案 §七(三)"));
    }
    if (officialMisconduct
        && proposals.stream().noneMatch(p -> p.target() == ReferralTarget.DISCIPLINE_INSPECTION)) {
      proposals.add(
          new ReferralProposal(
              ReferralTarget.DISCIPLINE_INSPECTION, "党员干部和国家工作人员违法违纪问题", "2023年度省级飞行检查工作方案 §七(三)"));
    }
    if (otherDepartment == OtherDepartment.HEALTH) {
      proposals.add(
          new ReferralProposal(
              ReferralTarget.HEALTH_COMMISSION,
              "涉及卫生健康部门管理权限的问题线索",
              "黄医保（2024）1号 §五(三)、承医保发〔2019〕2号 §12"));
    }
    if (otherDepartment == OtherDepartment.MARKET) {
      proposals.add(
          new ReferralProposal(
              ReferralTarget.MARKET_REGULATION,
              "涉及市场监管部门管理权限的问题线索",
              "黄医保（2024）1号 §五(三)、承医保发〔2019〕2号 §12"));
    }
    return List.copyOf(proposals);
  }
}
