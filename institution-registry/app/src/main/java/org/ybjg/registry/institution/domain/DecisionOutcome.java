package org.ybjg.registry.institution.domain;

import java.util.List;

/**
 * What applying a decision did: the successive states of the institution, one per applied measure
 * (each is published), and the measures that could not be applied, with the reason.
 */
public record DecisionOutcome(
    Institution before, List<Institution> states, List<String> rejections) {

  public DecisionOutcome {
    states = List.copyOf(states);
    rejections = List.copyOf(rejections);
  }

  public boolean changed() {
    return !states.isEmpty();
  }

  /** The institution after the decision (unchanged when every measure was rejected). */
  public Institution after() {
    return states.isEmpty() ? before : states.get(states.size() - 1);
  }
}
