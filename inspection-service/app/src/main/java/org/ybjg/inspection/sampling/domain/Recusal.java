package org.ybjg.inspection.sampling.domain;

import java.time.Instant;

/** A recusal (回避) declared after the draw and the deterministic replacement it caused. */
public record Recusal(
    String targetId, String inspectorId, String reason, String replacementId, Instant at) {}
