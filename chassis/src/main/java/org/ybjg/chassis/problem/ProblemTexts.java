package org.ybjg.chassis.problem;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.ybjg.chassis.domain.Refusal;

/**
 * The words of a problem detail, from the service's message catalogue ({@code
 * messages*.properties}, then the chassis's {@code chassis-messages*.properties}) in the language
 * the request's {@code Accept-Language} prefers: Chinese for {@code zh}, English otherwise ({@code
 * spring.web.locale=en} when the header is absent).
 */
public class ProblemTexts {

  private final MessageSource messages;

  public ProblemTexts(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * The catalogue's text under {@code key}; the key itself when missing, so a gap shows in a test,
   * not as null.
   */
  public String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale());
  }

  /**
   * A refusal's detail: its translation under {@code refusal.<code>} filled with its arguments,
   * else its own English message. English is never run through the catalogue's formatter, so the
   * domain's text (with its apostrophes and braces) reaches the client exactly as written.
   */
  public String detail(Refusal refusal) {
    Object[] arguments = refusal.arguments().toArray();
    String translated =
        messages.getMessage(
            "refusal." + refusal.code(), arguments.length == 0 ? null : arguments, null, locale());
    return translated != null ? translated : refusal.getMessage();
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
