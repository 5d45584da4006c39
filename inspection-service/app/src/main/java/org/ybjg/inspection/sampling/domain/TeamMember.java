package org.ybjg.inspection.sampling.domain;

/** A member of a drawn team; {@code kind} is OFFICER or EXPERT (the slot the person fills). */
public record TeamMember(String inspectorId, String name, String role, String kind) {}
