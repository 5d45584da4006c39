package org.ybjg.chassis.imports;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.ybjg.chassis.imports.domain.UnreadableImport;

/**
 * Mixed into an import controller ({@code implements ImportErrorHandling}): a body unreadable as a
 * whole is a 400 problem saying why ({@link ImportProblems}). Spring finds exception handlers on a
 * controller's interfaces too; the handlers apply to that controller's endpoints only, elsewhere an
 * unreadable body keeps the ordinary 400.
 */
public interface ImportErrorHandling {

  @ExceptionHandler(UnreadableImport.class)
  default ProblemDetail unreadable(UnreadableImport e) {
    return ImportProblems.unreadable(e);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  default ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e) {
    return ImportProblems.unreadableBody(e);
  }
}
