package org.ybjg.registry.credit;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.ybjg.registry.institution.domain.CreditScale;

/** The credit grade scale from {@code registry.credit.grades} (application.yml), best grade first. */
@ConfigurationProperties("registry.credit")
public record CreditProperties(List<CreditScale.Grade> grades) {

  public CreditScale scale() {
    return new CreditScale(grades == null ? List.of() : grades);
  }
}
