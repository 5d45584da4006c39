package org.ybjg.local.platform.demo;

/**
 * A county-level region of the demo province (conventions; names as in the chassis region table).
 *
 * @param code 6-digit region code
 * @param placeName how institutions there are prefixed, e.g. 东江市城东区
 * @param kind decides how many institutions of each level it has
 */
public record DemoCounty(String code, String placeName, CountyKind kind) {}
