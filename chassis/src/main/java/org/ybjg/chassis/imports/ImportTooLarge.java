package org.ybjg.chassis.imports;

import java.io.IOException;

/** The import body grew beyond the service's limit while it was read (413). */
public class ImportTooLarge extends IOException {

  ImportTooLarge(long maxBytes) {
    super("The import body exceeds " + maxBytes + " bytes.");
  }
}
