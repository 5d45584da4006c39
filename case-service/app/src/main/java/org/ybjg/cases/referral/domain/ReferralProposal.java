package org.ybjg.cases.referral.domain;

import org.ybjg.cases.casefile.domain.ReferralTarget;

/** A body a case should go to, why, and the seed that says so. */
public record ReferralProposal(ReferralTarget target, String reason, String source) {}
