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
import org.ybjg.chassis.domain.Refusal;
import tools.jackson.core.JacksonException;

/**
 * Every error leaves a service as an RFC 9457 problem detail with a stable {@code type}; input
 * errors name the offending fields. Nothing reaches the client as a bare 500 with a stack trace.
 * Titles and details come from the message catalogue ({@link ProblemTexts}) in the language the
 * request prefers.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private final ProblemTexts texts;

  public ProblemDetailsAdvice(ProblemTexts texts) {
    this.texts = texts;
  }

  /**
   * The one mapping of a domain refusal: RULE 422 (naming the field), CONFLICT 409, NOT_FOUND 404.
   */
  @ExceptionHandler(Refusal.class)
  ResponseEntity<ProblemDetail> refused(Refusal refusal) {
    String detail = texts.detail(refusal);
    ProblemDetail problem =
        switch (refusal.kind()) {
          case RULE ->
              Problems.of(
                  HttpStatus.UNPROCESSABLE_CONTENT,
                  refusal.code(),
                  texts.text("problem.rule.title"),
                  detail);
          case CONFLICT ->
              Problems.of(
                  HttpStatus.CONFLICT,
                  refusal.code(),
                  texts.text("problem.conflict.title"),
                  detail);
          case NOT_FOUND ->
              Problems.of(
                  HttpStatus.NOT_FOUND,
                  refusal.code(),
                  texts.text("problem.not-found.title"),
                  detail);
        };
    if (refusal.kind() == Refusal.Kind.RULE && refusal.field() != null) {
      List<Map<String, String>> violations = new java.util.ArrayList<>();
      violations.add(Map.of("field", refusal.field(), "message", detail));
      for (Refusal other : refusal.further()) {
        if (other.field() != null) {
          violations.add(Map.of("field", other.field(), "message", texts.detail(other)));
        }
      }
      Problems.withViolations(problem, violations);
    }
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail duplicate(DuplicateKeyException e) {
    return Problems.of(
        HttpStatus.CONFLICT,
        "duplicate",
        texts.text("problem.duplicate.title"),
        texts.text("problem.duplicate.detail"));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
    return Problems.of(
        HttpStatus.CONFLICT,
        "concurrent-change",
        texts.text("problem.concurrent-change.title"),
        texts.text("problem.concurrent-change.detail"));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException e) {
    List<Map<String, String>> violations =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
            .toList();
    return Problems.withViolations(
        invalidInput(texts.text("problem.invalid-input.detail")), violations);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return Problems.withViolations(
        invalidInput(texts.text("problem.invalid-input.parameter", e.getName())),
        List.of(
            Map.of(
                "field",
                e.getName(),
                "message",
                texts.text("problem.invalid-input.invalid-value"))));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException e) {
    return Problems.of(
        HttpStatus.FORBIDDEN,
        "forbidden",
        texts.text("problem.forbidden.title"),
        texts.text("problem.forbidden.detail"));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("unexpected error", e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        texts.text("problem.internal-error.title"),
        texts.text("problem.internal-error.detail"));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> violations =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
            .toList();
    ProblemDetail problem =
        Problems.withViolations(
            invalidInput(texts.text("problem.invalid-input.detail")), violations);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> violations =
        e.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                Map.of(
                                    "field",
                                    result.getMethodParameter().getParameterName() == null
                                        ? "?"
                                        : result.getMethodParameter().getParameterName(),
                                    "message",
                                    String.valueOf(error.getDefaultMessage()))))
            .toList();
    return ResponseEntity.badRequest()
        .body(
            Problems.withViolations(
                invalidInput(texts.text("problem.invalid-input.parameters")), violations));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "unreadable-body",
            texts.text("problem.unreadable-body.title"),
            texts.text("problem.unreadable-body.detail", rootMessage(e)));
    String field = fieldOf(e);
    if (field != null) {
      // a well-formed body with a value the contract does not allow (e.g. a code outside an enum):
      // name the field, as a validation error would, so a form can show it where it belongs
      Problems.withViolations(problem, List.of(Map.of("field", field, "message", rootMessage(e))));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /** The JSON path of the value Jackson refused ({@code filter.levels[0]}), or null. */
  private static String fieldOf(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : jackson.getPath()) {
          if (ref.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
          } else if (ref.getIndex() >= 0) {
            path.append('[').append(ref.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? null : path.toString();
      }
    }
    return null;
  }

  private ProblemDetail invalidInput(String detail) {
    return Problems.of(
        HttpStatus.BAD_REQUEST, "invalid-input", texts.text("problem.invalid-input.title"), detail);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int newline = message.indexOf('\n');
    return newline > 0 ? message.substring(0, newline) : message;
  }
}
