package org.ybjg.cases.referral.domain;

/** A body a case should go to, why, and the seed that says so. */
public record ReferralProposal(ReferralTarget target, String reason, String source) {}
