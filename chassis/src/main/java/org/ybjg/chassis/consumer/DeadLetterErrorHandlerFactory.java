package org.ybjg.chassis.consumer;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.ybjg.chassis.event.MalformedEventException;

/**
 * Retries a failing record with exponential backoff, then publishes it to {@code <topic>.DLT} with
 * the exception in the headers and moves on: one poison message never blocks its partition.
 * Malformed messages skip the retries; they cannot get better.
 */
public final class DeadLetterErrorHandlerFactory {

  public static final String DLT_SUFFIX = ".DLT";

  private DeadLetterErrorHandlerFactory() {}

  public static DefaultErrorHandler create(
      KafkaTemplate<String, String> template, int maxRetries, long initialIntervalMs) {
    DeadLetterPublishingRecoverer recoverer =
        new DeadLetterPublishingRecoverer(
            template, (record, exception) -> new TopicPartition(record.topic() + DLT_SUFFIX, -1));
    ExponentialBackOff backOff = new ExponentialBackOff(initialIntervalMs, 2.0);
    backOff.setMaxAttempts(maxRetries);
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(MalformedEventException.class);
    return handler;
  }
}
