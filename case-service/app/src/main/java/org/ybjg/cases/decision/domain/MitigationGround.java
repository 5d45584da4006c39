package org.ybjg.cases.decision.domain;

import org.ybjg.cases.casefile.domain.AdjustmentKind;

/** Mitigating circumstances an officer may establish, each with its effect and source. */
public enum MitigationGround {
  SELF_INSPECTION_RECTIFIED(
      AdjustmentKind.LIGHTER,
      "自查发现并已整改",
      "2023年度省级飞行检查工作方案 §七(三)、黄医保（2024）1号 §五: 自查自纠发现并已整改的问题从轻处理"),
  ELIMINATED_HARM(AdjustmentKind.REDUCED, "主动消除或者减轻违法行为危害后果", "《行政处罚法》第三十二条第(一)项: 应当从轻或者减轻行政处罚"),
  CONFESSED(AdjustmentKind.REDUCED, "主动供述行政机关尚未掌握的违法行为", "《行政处罚法》第三十二条第(三)项: 应当从轻或者减轻行政处罚"),
  COOPERATED(AdjustmentKind.LIGHTER, "配合行政机关查处违法行为有立功表现", "《行政处罚法》第三十二条第(四)项: 应当从轻或者减轻行政处罚"),
  MINOR_CORRECTED(AdjustmentKind.NO_PENALTY, "违法行为轻微并及时改正，没有造成危害后果", "《行政处罚法》第三十三条: 不予行政处罚");

  private final AdjustmentKind effect;
  private final String label;
  private final String source;

  MitigationGround(AdjustmentKind effect, String label, String source) {
    this.effect = effect;
    this.label = label;
    this.source = source;
  }

  public AdjustmentKind effect() {
    return effect;
  }

  public String label() {
    return label;
  }

  public String source() {
    return source;
  }
}
