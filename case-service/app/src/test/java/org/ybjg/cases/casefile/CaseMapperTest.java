package org.ybjg.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ybjg.cases.api.model.CaseStatusDto;
import org.ybjg.cases.api.model.HistoryKindDto;
import org.ybjg.cases.casefile.domain.CaseStatus;
import org.ybjg.cases.casefile.domain.HistoryKind;

/**
 * Every domain code has its counterpart in the contract (a controller that drifts from the spec
 * fails the build).
 */
class CaseMapperTest {

  @Test
  void shouldHaveEveryDomainCodeInTheContract() {
    Arrays.stream(HistoryKind.values())
        .forEach(k -> assertThat(HistoryKindDto.fromValue(k.name())).isNotNull());
    Arrays.stream(CaseStatus.values())
        .forEach(s -> assertThat(CaseStatusDto.fromValue(s.name())).isNotNull());
  }
}
