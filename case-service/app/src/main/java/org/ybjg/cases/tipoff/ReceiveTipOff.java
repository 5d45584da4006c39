package org.ybjg.cases.tipoff;

import java.security.SecureRandom;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.ProcedureRules;
import org.ybjg.cases.tipoff.domain.TipOff;
import org.ybjg.chassis.outbox.AggregateStore;

/**
 * Stores a received tip-off under a fresh receipt code. The code is random so that a whistleblower
 * cannot guess another's; the unique index decides a collision, and the code is drawn again (a few
 * times, then the clash is reported).
 */
@Component
public class ReceiveTipOff {

  private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int RETRIES = 3;

  /** Builds the tip-off under the receipt code drawn for this attempt. */
  public interface Intake {
    TipOff receive(String receiptCode, ProcedureRules now);
  }

  private final AggregateStore store;
  private final CaseRules rules;

  ReceiveTipOff(AggregateStore store, CaseRules rules) {
    this.store = store;
    this.rules = rules;
  }

  public TipOff receive(Intake intake) {
    var now = rules.now();
    for (int attempt = 0; ; attempt++) {
      TipOff received = intake.receive(receiptCode(), now);
      try {
        store.insert(TipOffs.COLLECTION, received, List.of());
        return received;
      } catch (DuplicateKeyException codeTaken) {
        if (attempt >= RETRIES) {
          throw codeTaken;
        }
      }
    }
  }

  private static String receiptCode() {
    char[] code = new char[12];
    for (int i = 0; i < code.length; i++) {
      code[i] = CODE[RANDOM.nextInt(CODE.length)];
    }
    return new String(code);
  }
}
