package org.ybjg.registry.agreement;

import org.ybjg.chassis.event.MalformedEventException;

/**
 * A decision names an institution the registry never registered. The registry is the source of
 * institution ids, so retrying cannot help: the message goes straight to the DLT for a person to
 * look at.
 */
class UnknownInstitutionException extends MalformedEventException {

  UnknownInstitutionException(String institutionId, String eventId) {
    super("event " + eventId + " names unknown institution " + institutionId);
  }
}
