package org.ybjg.registry.imports.domain;

import java.util.List;
import org.ybjg.chassis.imports.domain.RowError;

/** A row checked against the import rules: either a value or the row's errors (never both). */
public record Validated<T>(T value, List<RowError> errors) {

  public Validated {
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
