package org.ybjg.cases.decision.domain;

import java.util.ArrayList;
import java.util.List;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.ConcernedDoctor;
import org.ybjg.cases.casefile.domain.Decision;
import org.ybjg.cases.casefile.domain.Measure;
import org.ybjg.chassis.domain.Yuan;

/**
 * The text of a decision document (行政处理决定书) as structured lines: the decision's full content —
 * number, party, facts, legal basis, penalty and its reasoning, measures, payment, remedies,
 * signatories. Rendering (PDF) is done elsewhere; this is plain text, tested without a context.
 */
public final class DecisionDocument {

  /** A line of the document: a title is centred and larger. */
  public record Line(String text, boolean title) {}

  private DecisionDocument() {}

  public static List<Line> of(CaseFile c, String issuingBureau) {
    Decision d = c.decision();
    if (d == null) {
      throw new IllegalArgumentException("case " + c.id() + " has no decision");
    }
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(issuingBureau, true));
    lines.add(new Line("行政处理决定书", true));
    lines.add(new Line(d.number().text(), false));
    lines.add(new Line("", false));
    lines.add(
        new Line(
            "当事人："
                + nullToDash(c.institutionName())
                + "（"
                + c.ownership().label()
                + "定点医药机构，机构编号 "
                + c.institutionId()
                + "）",
            false));
    lines.add(
        new Line(
            "案件编号："
                + c.id()
                + "；立案日期："
                + nullToDash(c.procedure().filedOn())
                + "；违法类别："
                + c.category().label(),
            false));
    if (c.procedure().notifiedOn() != null) {
      lines.add(
          new Line(
              "本机关于"
                  + c.procedure().notifiedOn()
                  + "告知当事人拟作出的处理决定及其事实、理由、依据和依法享有的陈述、"
                  + "申辩"
                  + (c.procedure().hasHearingRight() ? "、要求听证" : "")
                  + "等权利。"
                  + (c.procedure().isWaived()
                      ? "当事人书面放弃陈述、申辩" + (c.procedure().hasHearingRight() ? "和听证" : "") + "。"
                      : "")
                  + (c.procedure().hearingHeldOn() != null
                      ? "本机关于" + c.procedure().hearingHeldOn() + "举行听证。"
                      : ""),
              false));
    }
    if (!d.doctors().isEmpty()) {
      lines.add(
          new Line(
              "涉及医保医师："
                  + String.join("、", d.doctors().stream().map(ConcernedDoctor::describe).toList()),
              false));
    }
    if (c.improperAmount() != null) {
      lines.add(new Line("经查，当事人违规使用医疗保障基金" + Yuan.format(c.improperAmount()) + "元。", false));
    }
    if (d.penalty() != null) {
      lines.add(new Line("处理理由：" + d.penalty().explanation(), false));
    }
    lines.add(new Line("法律依据：" + nullToDash(d.basis()), false));
    lines.add(new Line("本机关决定：", false));
    int item = 1;
    if (d.returnAmount() != null && d.returnAmount().signum() > 0) {
      lines.add(new Line(item++ + ". 责令退回医疗保障基金" + Yuan.format(d.returnAmount()) + "元；", false));
    }
    if (d.fineAmount() != null && d.fineAmount().signum() > 0) {
      lines.add(new Line(item++ + ". 处罚款" + Yuan.format(d.fineAmount()) + "元；", false));
    }
    for (Measure m : d.measures()) {
      String scope = m.departments().isEmpty() ? "" : "（" + String.join("、", m.departments()) + "）";
      lines.add(
          new Line(
              item++
                  + ". "
                  + m.kind().label()
                  + scope
                  + (m.months() == null
                      ? ""
                      : "，期限" + m.months() + "个月，自" + m.from() + "起至" + m.until() + "止")
                  + "；",
              false));
    }
    if (d.penalty() != null && d.penalty().noPenalty()) {
      lines.add(new Line(item + ". 依法不予行政处罚。", false));
    }
    lines.add(new Line("当事人应当自收到本决定书之日起十五日内缴纳罚款（《行政处罚法》第六十七条）。", false));
    lines.add(new Line("如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者六个月内依法向人民法院提起行政诉讼。", false));
    lines.add(new Line("", false));
    lines.add(new Line("签发：" + String.join("、", d.signedBy()) + "    经办：" + d.decidedBy(), false));
    lines.add(new Line(issuingBureau + "    " + d.decidedOn(), false));
    return lines;
  }

  private static String nullToDash(Object value) {
    return value == null ? "—" : value.toString();
  }
}
