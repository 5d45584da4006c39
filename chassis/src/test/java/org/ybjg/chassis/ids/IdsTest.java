package org.ybjg.chassis.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.Ids;

class IdsTest {

  @Test
  void shouldBeUniqueAndSortInCreationOrderWhenGeneratedInARow() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(Ids.next());
    }
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
    assertThat(ids).isSorted();
    assertThat(ids.get(0)).hasSize(23).matches("[0-9a-f]+");
  }
}
