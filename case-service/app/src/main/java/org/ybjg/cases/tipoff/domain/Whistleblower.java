package org.ybjg.cases.tipoff.domain;

/** Who tipped off (personal data: shown only to the tip-off's handlers, never published). */
public record Whistleblower(String name, String phone, String idNumber, String address) {}
