package org.ybjg.registry.institution;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.ybjg.chassis.problem.Problems;

/**
 * A write aimed at a county outside the caller's region: 403 problem {@code outside-region}. (Reads
 * of foreign records answer 404 instead, so they leak nothing; a write names a county the caller
 * chose.)
 */
public class OutsideRegionException extends ErrorResponseException {

  public OutsideRegionException(String countyCode, String callerRegion) {
    super(
        HttpStatus.FORBIDDEN,
        Problems.of(
            HttpStatus.FORBIDDEN,
            "outside-region",
            "Outside your region",
            "County " + countyCode + " lies outside your region " + callerRegion + "."),
        null);
  }
}
