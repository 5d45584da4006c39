package org.ybjg.chassis.imports;

import java.util.List;
import org.ybjg.chassis.imports.domain.ImportJob;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.security.Caller;

/**
 * What a service does with the rows of one import: the part of an import job that is the service's
 * own.
 */
@FunctionalInterface
public interface RowImporter {

  /**
   * Runs the queued job over its rows in the background, saving its progress in {@link ImportJobs}
   * as it goes.
   *
   * @return the job as it finished (COMPLETED, with its counts and row errors)
   */
  ImportJob run(ImportJob queued, List<RawRow> rows, Caller caller);
}
