package org.ybjg.chassis.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses import bodies POSTed under {@code pathPrefix} above {@code maxBytes} (the service's
 * {@code property}) with a 413 problem: at once when the declared {@code Content-Length} is too
 * large, else while reading (chunked uploads) by failing with {@link ImportTooLarge} — see {@link
 * ImportProblems#unreadableBody}.
 */
public class ImportSizeLimitFilter extends OncePerRequestFilter {

  private final String pathPrefix;
  private final long maxBytes;
  private final String property;

  public ImportSizeLimitFilter(String pathPrefix, long maxBytes, String property) {
    this.pathPrefix = pathPrefix;
    this.maxBytes = maxBytes;
    this.property = property;
  }

  /**
   * The filter registered for the POSTs under {@code pathPrefix} (e.g. {@code
   * /api/registry/imports/}).
   */
  public static FilterRegistrationBean<ImportSizeLimitFilter> registration(
      String pathPrefix, long maxBytes, String property) {
    FilterRegistrationBean<ImportSizeLimitFilter> registration =
        new FilterRegistrationBean<>(new ImportSizeLimitFilter(pathPrefix, maxBytes, property));
    registration.addUrlPatterns(pathPrefix + "*");
    return registration;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith(pathPrefix);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"https://ybjg.org/problems/payload-too-large\","
                  + "\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The import body exceeds "
                  + maxBytes
                  + " bytes ("
                  + property
                  + ").\",\"instance\":\""
                  + request.getRequestURI()
                  + "\"}");
      return;
    }
    chain.doFilter(new Capped(request, maxBytes), response);
  }

  /** Counts the bytes read and fails once more than {@code maxBytes} came in. */
  private static final class Capped extends HttpServletRequestWrapper {

    private final long maxBytes;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long count;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  count(1);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                  count(n);
                }
                return n;
              }

              private void count(int n) throws IOException {
                count += n;
                if (count > maxBytes) {
                  throw new ImportTooLarge(maxBytes);
                }
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
