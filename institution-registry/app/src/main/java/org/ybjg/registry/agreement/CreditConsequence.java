package org.ybjg.registry.agreement;

import java.math.BigDecimal;
import java.util.Optional;
import org.ybjg.cases.events.DecisionIssued;
import org.ybjg.registry.institution.domain.CreditSeverity;

/**
 * The credit consequence of a decision. The case service states it (`creditConsequence`: NONE,
 * RECORD, SERIOUS); decisions published before it did are judged from what they carry: fraud (欺诈骗保)
 * or a terminated agreement is serious, any other fine or agreement measure is a record, nothing
 * else counts.
 */
final class CreditConsequence {

  private CreditConsequence() {}

  static Optional<CreditSeverity> of(DecisionIssued decision) {
    if (decision.creditConsequence() != null) {
      return switch (decision.creditConsequence()) {
        case "RECORD" -> Optional.of(CreditSeverity.RECORD);
        case "SERIOUS" -> Optional.of(CreditSeverity.SERIOUS);
        default -> Optional.empty();
      };
    }
    boolean terminated =
        decision.measures() != null
            && decision.measures().stream()
                .anyMatch(m -> m != null && "TERMINATE_AGREEMENT".equals(m.kind()));
    if ("FRAUD".equals(decision.category()) || terminated) {
      return Optional.of(CreditSeverity.SERIOUS);
    }
    boolean fined =
        decision.fineAmount() != null && decision.fineAmount().compareTo(BigDecimal.ZERO) > 0;
    boolean measured = decision.measures() != null && !decision.measures().isEmpty();
    return fined || measured ? Optional.of(CreditSeverity.RECORD) : Optional.empty();
  }

  static String reason(DecisionIssued decision) {
    return decision.article() == null
        ? "处理决定 " + decision.decisionNumber()
        : "依据《医疗保障基金使用监督管理条例》第" + decision.article() + "条作出处理";
  }
}
