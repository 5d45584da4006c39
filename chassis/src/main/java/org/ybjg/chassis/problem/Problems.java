package org.ybjg.chassis.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Stable problem {@code type} URIs: clients switch on these, so they never change meaning. */
public final class Problems {

  public static final String BASE = "https://ybjg.org/problems/";

  private Problems() {}

  public static URI type(String slug) {
    return URI.create(BASE + slug);
  }

  public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type(slug));
    problem.setTitle(title);
    return problem;
  }

  public static ProblemDetail withViolations(
      ProblemDetail problem, List<Map<String, String>> violations) {
    problem.setProperty("violations", violations);
    return problem;
  }
}
