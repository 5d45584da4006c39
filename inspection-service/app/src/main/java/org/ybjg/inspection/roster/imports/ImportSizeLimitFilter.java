package org.ybjg.inspection.roster.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses import bodies above {@code inspection.imports.max-bytes} with a 413 problem: at once when the declared
 * {@code Content-Length} is too large, else while reading (chunked uploads) by failing with {@link ImportTooLarge}.
 */
class ImportSizeLimitFilter extends OncePerRequestFilter {

  static final String IMPORTS = "/api/inspection/imports/";

  private final long maxBytes;

  ImportSizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith(IMPORTS);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"https://ybjg.org/problems/payload-too-large\","
          + "\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The import body exceeds " + maxBytes
          + " bytes (inspection.imports.max-bytes).\",\"instance\":\"" + request.getRequestURI() + "\"}");
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
        stream = new ServletInputStream() {
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
