package org.ybjg.inspection.common.domain;

import java.util.Arrays;
import java.util.Optional;

/** An enum whose codes travel in English and are shown with a zh-CN label. */
public interface Coded {

  String name();

  String label();

  /**
   * The label of {@code code}, or the code itself when this service does not know it yet (the
   * registry may add a code before this service learns its label; the entry must still show).
   */
  static <E extends Enum<E> & Coded> String labelOf(Class<E> type, String code) {
    return find(type, code).map(Coded::label).orElse(code);
  }

  static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants())
        .filter(value -> value.name().equals(code))
        .findFirst();
  }
}
