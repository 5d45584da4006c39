package org.ybjg.chassis.imports;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.ybjg.chassis.imports.domain.UnreadableImport;
import org.ybjg.chassis.problem.Problems;

/** The problem details of an import endpoint's body, for its controller's exception handlers. */
public final class ImportProblems {

  private ImportProblems() {}

  /** A body that cannot be read as rows at all: 400. */
  public static ProblemDetail unreadable(UnreadableImport e) {
    return Problems.of(
        HttpStatus.BAD_REQUEST, "unreadable-import", "Unreadable import", e.getMessage());
  }

  /**
   * A chunked body that grew too large fails while being read: 413; anything else unreadable: 400.
   */
  public static ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ImportTooLarge tooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(
                Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "Payload too large",
                    tooLarge.getMessage()));
      }
    }
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            Problems.of(
                HttpStatus.BAD_REQUEST,
                "unreadable-import",
                "Unreadable import",
                "The body could not be read."));
  }
}
