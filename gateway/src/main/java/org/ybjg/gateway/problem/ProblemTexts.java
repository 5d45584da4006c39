package org.ybjg.gateway.problem;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The words of the gateway's own problems (401, 403, 503, 500) from its message catalogue ({@code
 * messages*.properties}): Chinese when the request's {@code Accept-Language} prefers {@code zh},
 * English otherwise — the same rule the services follow, so the web app sees one language per
 * request.
 */
@Component
public class ProblemTexts {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final MessageSource messages;

  public ProblemTexts(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * The catalogue's text under {@code key} in the request's language; the key itself when missing.
   */
  public String text(ServerHttpRequest request, String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale(request));
  }

  /**
   * Chinese when the highest-weighted language range names {@code zh}; English for anything else or
   * none.
   */
  static Locale locale(ServerHttpRequest request) {
    try {
      for (Locale.LanguageRange range : request.getHeaders().getAcceptLanguage()) {
        if (!range.getRange().equals("*")) {
          return range.getRange().startsWith("zh") ? CHINESE : Locale.ENGLISH;
        }
      }
    } catch (IllegalArgumentException malformedHeader) {
      // A header we cannot parse says nothing about the reader: answer in the default language.
    }
    return Locale.ENGLISH;
  }
}
