package org.ybjg.registry.filing.domain;

/** The year was filed already (a 409 problem at the edge): a filing is submitted once. */
public class FilingAlreadySubmitted extends RuntimeException {

  public FilingAlreadySubmitted(String institutionId, int year) {
    super(
        "The annual filing of "
            + year
            + " for institution "
            + institutionId
            + " was submitted already.");
  }
}
