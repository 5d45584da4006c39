package org.ybjg.cases.decision.domain;

import java.time.LocalDate;

/**
 * An earlier decision on the same institution for the same violation class within the configured
 * window (屡查屡犯: 2023年度省级飞行检查工作方案 §七(三), 黄医保（2024）1号 §五 — repeat offences are handled more heavily).
 */
public record RepeatOffence(
    String priorDecisionNumber, LocalDate priorDecidedOn, int windowMonths) {}
