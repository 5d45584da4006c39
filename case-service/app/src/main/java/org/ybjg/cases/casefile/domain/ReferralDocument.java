package org.ybjg.cases.casefile.domain;

/** Metadata of a document sent with a referral (the file itself stays in the bureau's records). */
public record ReferralDocument(String title, Integer pages) {}
