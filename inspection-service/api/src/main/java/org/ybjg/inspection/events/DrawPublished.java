package org.ybjg.inspection.events;

import java.util.List;

/**
 * {@code inspection.draw-published.v1} on {@link InspectionTopics#EVENTS} (key = plan id): a
 * sampling plan's draw ran and its record is public. Anyone can re-derive the targets with the
 * verifier from the public record at {@code /api/inspection/public/draws/{planId}/record}. Schema:
 * {@code events/inspection.draw-published.v1.schema.json}.
 *
 * @param regionCode the plan's scope (a region subtree)
 * @param targets drawn institution ids in draw order
 * @param seedCommitment SHA-256 of the secret, published before the ceremony
 * @param seed the revealed seed (officials' digits joined by '|' then the secret)
 * @param populationHash SHA-256 of the eligible population's sorted ids joined by '\n'
 */
public record DrawPublished(
    String planId,
    String planName,
    String kind,
    String regionCode,
    List<String> targets,
    String seedCommitment,
    String seed,
    String populationHash,
    String ruleVersion) {

  public static final String TYPE = "inspection.draw-published.v1";
}
