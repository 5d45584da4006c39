package org.ybjg.inspection.roster.imports;

import java.io.IOException;

/** The import body grew beyond {@code inspection.imports.max-bytes} while it was read (413). */
class ImportTooLarge extends IOException {

  ImportTooLarge(long maxBytes) {
    super("The import body exceeds " + maxBytes + " bytes.");
  }
}
