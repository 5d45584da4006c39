package org.ybjg.chassis.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A request the domain refuses, in the one shape every service uses: a stable {@code code} (the
 * problem type clients switch on and the key of the message catalogue), the offending {@code field}
 * if one input is to blame, its {@link Kind}, and the arguments the catalogue's translations fill
 * in. The exception message is the English text. Plain Java, so domain packages throw it without
 * knowing about HTTP; the chassis maps the kind to a status in one place.
 */
public class Refusal extends RuntimeException {

  /**
   * What the refusal means to a client; the chassis maps RULE to 422, CONFLICT to 409, NOT_FOUND to
   * 404.
   */
  public enum Kind {
    /** Well-formed input that a rule forbids (a fine out of range, a date out of order). */
    RULE,
    /** The request clashes with the current state (duplicate, impossible transition). */
    CONFLICT,
    /**
     * The record does not exist, or lies outside the caller's region (a foreign region learns
     * nothing).
     */
    NOT_FOUND
  }

  /** The code of every NOT_FOUND refusal: one problem type, whatever was missing. */
  public static final String NOT_FOUND = "not-found";

  private final Kind kind;
  private final String code;
  private final String field;
  private final transient Object[] arguments;
  private final transient List<Refusal> further = new java.util.ArrayList<>();

  public Refusal(Kind kind, String code, String field, String message, Object... arguments) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.code = Objects.requireNonNull(code, "code");
    this.field = field;
    this.arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  public static Refusal rule(String code, String field, String message, Object... arguments) {
    return new Refusal(Kind.RULE, code, field, message, arguments);
  }

  public static Refusal conflict(String code, String message, Object... arguments) {
    return new Refusal(Kind.CONFLICT, code, null, message, arguments);
  }

  public static Refusal notFound(String message, Object... arguments) {
    return new Refusal(Kind.NOT_FOUND, NOT_FOUND, null, message, arguments);
  }

  /**
   * Several refusals of one request reported together (e.g. every bad row of a table): the first,
   * carrying the others as {@link #further()}; the problem detail lists each as a violation.
   */
  public static Refusal all(List<Refusal> refusals) {
    if (refusals.isEmpty()) {
      throw new IllegalArgumentException("no refusal to report");
    }
    Refusal first = refusals.get(0);
    first.further.addAll(refusals.subList(1, refusals.size()));
    return first;
  }

  /** The other refusals of the same request ({@link #all}), empty for a single one. */
  public List<Refusal> further() {
    return Collections.unmodifiableList(further);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  /**
   * The offending input, e.g. {@code measures[0].months}; null when the refusal is about the whole
   * request.
   */
  public String field() {
    return field;
  }

  /**
   * The values a translation of {@link #code()} fills in, in the catalogue's {@code {0}}, {@code
   * {1}} order.
   */
  public List<Object> arguments() {
    return Collections.unmodifiableList(Arrays.asList(arguments.clone()));
  }
}
