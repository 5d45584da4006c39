package org.ybjg.inspection.coverage.domain;

/**
 * One designated institution of a round's population, as the directory showed it when the round was
 * created (the snapshot does not change when the directory does).
 */
public record RoundMember(String institutionId, String name, String countyCode) {}
