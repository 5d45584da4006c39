package org.ybjg.cases.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionsControllerTest {

  @Test
  void shouldReadTheVersionWhenIfMatchIsAnEtag() {
    assertThat(DecisionsController.version("\"3\"")).isEqualTo(3L);
    assertThat(DecisionsController.version("W/\"12\"")).isEqualTo(12L);
    assertThat(DecisionsController.version("7")).isEqualTo(7L);
  }

  @Test
  void shouldTakeTheCaseAsItIsWhenIfMatchIsAbsentOrAny() {
    assertThat(DecisionsController.version(null)).isNull();
    assertThat(DecisionsController.version("*")).isNull();
  }
}
