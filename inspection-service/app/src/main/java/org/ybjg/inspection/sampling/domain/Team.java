package org.ybjg.inspection.sampling.domain;

import java.util.List;

/** The team drawn for one target. */
public record Team(String targetId, List<TeamMember> members) {

  public Team {
    members = List.copyOf(members);
  }
}
