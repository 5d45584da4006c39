package org.ybjg.cases.decision.domain;

import java.time.LocalDate;

/**
 * An earlier decision on the same institution for the same violation class within the configured window
 * (屡查屡犯: seed 002 §七(三), seed 003 §五 — repeat offences are handled more heavily).
 */
public record RepeatOffence(String priorDecisionNumber, LocalDate priorDecidedOn, int windowMonths) {}
