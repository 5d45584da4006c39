package org.ybjg.registry.filing;

import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.ybjg.registry.filing.domain.AttachmentKind;
import org.ybjg.registry.filing.domain.FilingPolicy;

/**
 * {@code registry.filing}: the deadline as month-day of the year after the filing year ({@code
 * 02-29}, the default, is the last day of February in every year) and the attachment kinds a filing
 * must carry.
 */
@ConfigurationProperties("registry.filing")
public record FilingProperties(String deadline, List<AttachmentKind> requiredAttachments) {

  public FilingPolicy policy() {
    String monthDay = deadline == null || deadline.isBlank() ? "02-29" : deadline.trim();
    return new FilingPolicy(
        MonthDay.parse(monthDay.startsWith("--") ? monthDay : "--" + monthDay),
        requiredAttachments == null ? Set.of() : Set.copyOf(requiredAttachments));
  }
}
