package org.ybjg.registry.review.domain;

import java.time.Instant;

/**
 * The reviewer's signature on a decision (谁审核谁签字谁负责, 承医保发〔2019〕2号 §(二) 2): who signed, the
 * statement signed, when, and a SHA-256 digest over the decision's content (application, verdict,
 * reviewer, reason, time), so a later change of the decision would no longer match its signature.
 */
public record Signature(String signedBy, String statement, Instant signedAt, String digest) {}
