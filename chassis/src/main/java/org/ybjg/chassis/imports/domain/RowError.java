package org.ybjg.chassis.imports.domain;

/**
 * Why a row of an import was not stored: its number, the offending field and the reason (zh-CN).
 */
public record RowError(int row, String field, String reason) {}
