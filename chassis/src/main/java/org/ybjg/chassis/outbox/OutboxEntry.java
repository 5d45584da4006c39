package org.ybjg.chassis.outbox;

import java.time.Instant;

/**
 * An event waiting inside its aggregate's document for the relay. The envelope is stored already
 * serialised, so what is published is byte for byte what was stored with the state change.
 */
public record OutboxEntry(String id, String topic, String key, String type, String envelope, Instant storedAt) {}
