package org.ybjg.chassis.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves a service as an RFC 9457 problem detail with a stable {@code type}; input
 * errors name the offending fields. Nothing reaches the client as a bare 500 with a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return Problems.of(HttpStatus.CONFLICT, e.problemType(), "Conflict with the current state", e.getMessage());
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail duplicate(DuplicateKeyException e) {
    return Problems.of(HttpStatus.CONFLICT, "duplicate", "Already exists",
        "A record with the same unique identifier already exists.");
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
    return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Changed by someone else",
        "The record was changed since you read it; read it again and retry.");
  }

  @ExceptionHandler(RuleViolationException.class)
  ProblemDetail ruleViolation(RuleViolationException e) {
    ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.problemType(), "Rule violated",
        e.getMessage());
    if (e.field() != null) {
      Problems.withViolations(problem, List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }
    return problem;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException e) {
    List<Map<String, String>> violations = e.getConstraintViolations().stream()
        .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
        .toList();
    return Problems.withViolations(
        Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", "The request has invalid fields."),
        violations);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return Problems.withViolations(
        Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
            "Parameter '" + e.getName() + "' has an invalid value."),
        List.of(Map.of("field", e.getName(), "message", "invalid value")));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException e) {
    return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this action.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("unexpected error", e);
    return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
        "An unexpected error occurred; nothing was changed by this request.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> violations = e.getBindingResult().getFieldErrors().stream()
        .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
        .toList();
    ProblemDetail problem = Problems.withViolations(
        Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", "The request has invalid fields."),
        violations);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> violations = e.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
            "field", result.getMethodParameter().getParameterName() == null ? "?"
                : result.getMethodParameter().getParameterName(),
            "message", String.valueOf(error.getDefaultMessage()))))
        .toList();
    return ResponseEntity.badRequest().body(Problems.withViolations(
        Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", "The request has invalid parameters."),
        violations));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body",
        "Unreadable request body", "The body is not valid JSON for this operation: " + rootMessage(e)));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int newline = message.indexOf('\n');
    return newline > 0 ? message.substring(0, newline) : message;
  }
}
