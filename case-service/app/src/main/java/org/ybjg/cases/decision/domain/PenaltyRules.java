package org.ybjg.cases.decision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ybjg.cases.casefile.domain.Adjustment;
import org.ybjg.cases.casefile.domain.AdjustmentKind;
import org.ybjg.cases.casefile.domain.CreditConsequence;
import org.ybjg.cases.casefile.domain.Extrapolation;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.cases.casefile.domain.Measure;
import org.ybjg.cases.casefile.domain.MeasureKind;
import org.ybjg.cases.casefile.domain.MoneyRange;
import org.ybjg.cases.casefile.domain.PenaltyAssessment;
import org.ybjg.chassis.csv.CsvRecords;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;

/**
 * The penalty rule table (docs/law.md#regulation: legal parameters are data, loaded at start-up, a
 * bureau may correct them) and the calculator built on it: for a violation class it proposes the
 * article, the measures and the lawful fine range, moved by mitigation (《行政处罚法》 arts. 32, 33;
 * 2023年度省级飞行检查工作方案 §七(三)) and aggravation (repeat offence, 2023年度省级飞行检查工作方案 §七(三), 黄医保（2024）1号 §五),
 * each adjustment explained.
 *
 * <p>Range arithmetic (both bounds inclusive, yuan to the fen): the statutory range is [min × loss,
 * max × loss] for a multiple of the loss or [min, max] yuan. 从轻 takes its lower half [min, mid], 从重
 * its upper half [mid, max] (mid rounded half-up); both together cancel out. 减轻 (a REDUCED ground)
 * goes below the minimum: [0, min]; it prevails over 从重 because the law says "shall". 不予处罚 (art.
 * 33) leaves [0, 0].
 */
public final class PenaltyRules {

  public static final String HEADER =
      "category,article,fineBasis,fineMin,fineMax,fineMandatory,returnOfLoss,"
          + "suspensionAllowed,terminationAllowed,credit,toConfirm,citation,source";

  private final Map<FindingCategory, PenaltyRule> byCategory = new EnumMap<>(FindingCategory.class);

  public PenaltyRules(List<PenaltyRule> rules) {
    for (PenaltyRule rule : rules) {
      if (byCategory.put(rule.category(), rule) != null) {
        throw new IllegalArgumentException(
            "the penalty rule table names " + rule.category() + " twice");
      }
    }
  }

  public static PenaltyRules fromCsv(List<String> lines) {
    List<PenaltyRule> rules = new ArrayList<>();
    for (List<String> cells : CsvRecords.tableRows(lines, HEADER, "the penalty rule table")) {
      String[] c = cells.stream().map(String::strip).toArray(String[]::new);
      if (c.length != 13) {
        throw new IllegalArgumentException(
            "penalty rule row has not 13 columns: " + String.join(",", cells));
      }
      rules.add(
          new PenaltyRule(
              FindingCategory.valueOf(c[0]),
              c[1],
              FineBasis.valueOf(c[2]),
              new BigDecimal(c[3]),
              new BigDecimal(c[4]),
              Boolean.parseBoolean(c[5]),
              Boolean.parseBoolean(c[6]),
              Boolean.parseBoolean(c[7]),
              Boolean.parseBoolean(c[8]),
              CreditConsequence.valueOf(c[9]),
              Boolean.parseBoolean(c[10]),
              c[11],
              c[12]));
    }
    return new PenaltyRules(rules);
  }

  public Optional<PenaltyRule> rule(FindingCategory category) {
    return Optional.ofNullable(category == null ? null : byCategory.get(category));
  }

  public List<PenaltyRule> all() {
    return List.copyOf(byCategory.values());
  }

  /**
   * The lawful penalty for a case of {@code category}; empty when the table has no row for it.
   *
   * @param improperAmount the loss the case found (null: none established)
   * @param extrapolation where the loss was found in a re-audit sample: it replaces the case's
   *     amount
   * @param repeat an earlier decision for the same class within the window, or null
   */
  public Optional<PenaltyAssessment> assess(
      FindingCategory category,
      BigDecimal improperAmount,
      Extrapolation extrapolation,
      Set<MitigationGround> mitigation,
      RepeatOffence repeat) {
    Optional<PenaltyRule> found = rule(category);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PenaltyRule rule = found.get();
    BigDecimal loss = extrapolation != null ? extrapolation.result() : improperAmount;
    MoneyRange statutory;
    if (rule.fineBasis() == FineBasis.LOSS_MULTIPLE) {
      if (loss == null) {
        throw Refusal.rule(
            "loss-unknown",
            "improperAmount",
            rule.citation()
                + " sets the fine as "
                + rule.rangeWords()
                + ", but the case has established no loss");
      }
      statutory =
          new MoneyRange(
              Yuan.rounded(loss.multiply(rule.fineMin())),
              Yuan.rounded(loss.multiply(rule.fineMax())));
    } else {
      statutory = new MoneyRange(Yuan.rounded(rule.fineMin()), Yuan.rounded(rule.fineMax()));
    }
    Set<MitigationGround> grounds =
        mitigation == null || mitigation.isEmpty()
            ? EnumSet.noneOf(MitigationGround.class)
            : EnumSet.copyOf(mitigation);
    List<Adjustment> adjustments = new ArrayList<>();
    for (MitigationGround ground : grounds) {
      adjustments.add(
          new Adjustment(
              ground.effect(),
              ground.name(),
              ground.label() + "，" + ground.effect().label() + "处罚(" + ground.source() + ")"));
    }
    if (repeat != null) {
      adjustments.add(
          new Adjustment(
              AdjustmentKind.HEAVIER,
              "REPEAT_OFFENCE",
              "屡查屡犯: "
                  + repeat.windowMonths()
                  + "个月内已因同类违规受处理("
                  + repeat.priorDecisionNumber()
                  + "，"
                  + repeat.priorDecidedOn()
                  + ")，从重处罚(2023年度省级飞行检查工作方案 §七(三)、黄医保（2024）1号 §五)"));
    }
    boolean none = has(adjustments, AdjustmentKind.NO_PENALTY);
    boolean reduced = has(adjustments, AdjustmentKind.REDUCED);
    boolean lighter = has(adjustments, AdjustmentKind.LIGHTER);
    boolean heavier = has(adjustments, AdjustmentKind.HEAVIER);
    BigDecimal zero = Yuan.ZERO;
    BigDecimal mid =
        statutory.min().add(statutory.max()).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    MoneyRange range;
    BigDecimal proposed;
    String how;
    if (none) {
      range = new MoneyRange(zero, zero);
      proposed = zero;
      how = "依法不予处罚";
    } else if (reduced) {
      range = new MoneyRange(zero, statutory.min());
      proposed =
          Yuan.rounded(statutory.min().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
      how = "减轻处罚，在法定最低额以下处罚";
    } else if (lighter && heavier) {
      range = statutory;
      proposed = mid;
      how = "从轻与从重情节并存，在法定幅度内处罚";
    } else if (lighter) {
      range = new MoneyRange(statutory.min(), mid);
      proposed = statutory.min();
      how = "从轻处罚，在法定幅度的下半段处罚";
    } else if (heavier) {
      range = new MoneyRange(mid, statutory.max());
      proposed = statutory.max();
      how = "从重处罚，在法定幅度的上半段处罚";
    } else {
      range = statutory;
      proposed = statutory.min();
      how = "在法定幅度内处罚";
    }
    BigDecimal returnAmount = rule.returnOfLoss() && loss != null ? Yuan.rounded(loss) : null;
    StringBuilder explanation = new StringBuilder("依据").append(rule.citation());
    if (extrapolation != null) {
      explanation.append("，").append(extrapolation.explanation());
    }
    if (returnAmount != null) {
      explanation.append("，责令退回造成的损失").append(returnAmount.toPlainString()).append("元");
    }
    explanation
        .append("，法定罚款幅度为")
        .append(statutory.min().toPlainString())
        .append("元至")
        .append(statutory.max().toPlainString())
        .append("元");
    for (Adjustment adjustment : adjustments) {
      explanation.append("；").append(adjustment.explanation());
    }
    explanation
        .append("；")
        .append(how)
        .append("，即")
        .append(range.min().toPlainString())
        .append("元至")
        .append(range.max().toPlainString())
        .append("元。");
    return Optional.of(
        new PenaltyAssessment(
            rule.article(),
            rule.citation(),
            loss == null ? null : Yuan.rounded(loss),
            returnAmount,
            range,
            statutory,
            proposed,
            rule.fineMandatory() && !none,
            rule.suspensionAllowed(),
            rule.terminationAllowed(),
            none ? CreditConsequence.NONE : rule.credit(),
            extrapolation,
            adjustments,
            explanation.toString()));
  }

  /**
   * Checks an officer's fine and measures against the assessment; a fine outside the lawful range
   * is refused citing the article.
   *
   * @return the fine, scale 2 (null when none is imposed)
   */
  public static BigDecimal checkFine(PenaltyAssessment assessment, BigDecimal fine) {
    if (fine == null || fine.signum() == 0) {
      if (assessment.fineMandatory() && assessment.fineRange().min().signum() > 0) {
        throw Refusal.rule(
            "fine-required",
            "fineAmount",
            assessment.citation()
                + " imposes a fine of "
                + assessment.fineRange().text()
                + " yuan here together with the order (并处)");
      }
      return fine == null ? null : Yuan.rounded(fine);
    }
    if (!assessment.fineRange().contains(fine)) {
      throw Refusal.rule(
          "fine-out-of-range",
          "fineAmount",
          assessment.citation()
              + " allows a fine of "
              + assessment.fineRange().min().toPlainString()
              + " to "
              + assessment.fineRange().max().toPlainString()
              + " yuan here ("
              + rangeReason(assessment)
              + "), not "
              + Yuan.rounded(fine).toPlainString(),
          assessment.citation(),
          assessment.fineRange().min().toPlainString(),
          assessment.fineRange().max().toPlainString(),
          Yuan.rounded(fine).toPlainString());
    }
    return Yuan.rounded(fine);
  }

  private static String rangeReason(PenaltyAssessment a) {
    StringBuilder reason = new StringBuilder("statutory " + a.statutoryRange().text());
    if (a.lossBase() != null) {
      reason.append(" for a loss of ").append(a.lossBase().toPlainString());
    }
    for (Adjustment adjustment : a.adjustments()) {
      reason
          .append("; ")
          .append(adjustment.kind().label())
          .append(" (")
          .append(adjustment.ground())
          .append(")");
    }
    return reason.toString();
  }

  /** Refuses agreement measures the article does not provide. */
  public static void checkMeasures(PenaltyAssessment assessment, List<Measure> measures) {
    for (int i = 0; i < measures.size(); i++) {
      MeasureKind kind = measures.get(i).kind();
      boolean allowed =
          kind == MeasureKind.SUSPEND_AGREEMENT
              ? assessment.suspensionAllowed()
              : assessment.terminationAllowed();
      if (!allowed) {
        throw Refusal.rule(
            "measure-not-allowed",
            "measures[" + i + "].kind",
            assessment.citation() + " does not provide " + kind.label() + " for this violation");
      }
    }
  }

  private static boolean has(List<Adjustment> adjustments, AdjustmentKind kind) {
    return adjustments.stream().anyMatch(a -> a.kind() == kind);
  }
}
