package org.ybjg.chassis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the correlation id from the request (or makes one), logs with it and echoes it back. */
public class CorrelationIdFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try (CorrelationId.Scope scope = CorrelationId.bind(request.getHeader(CorrelationId.HEADER))) {
      response.setHeader(CorrelationId.HEADER, scope.id());
      chain.doFilter(request, response);
    }
  }
}
