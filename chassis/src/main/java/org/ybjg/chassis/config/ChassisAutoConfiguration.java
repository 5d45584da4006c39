package org.ybjg.chassis.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.ybjg.chassis.calendar.CalendarListener;
import org.ybjg.chassis.calendar.CalendarLoaded;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.consumer.DeadLetterErrorHandlerFactory;
import org.ybjg.chassis.consumer.ProcessedOnce;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.outbox.OutboxRelay;
import org.ybjg.chassis.outbox.PendingOutboxes;
import org.ybjg.chassis.problem.ProblemDetailsAdvice;
import org.ybjg.chassis.problem.ProblemTexts;
import org.ybjg.chassis.region.RegionTable;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.JwtDecoders;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.chassis.security.ServiceSecurity;
import org.ybjg.chassis.security.VerifiedTokenCache;
import org.ybjg.chassis.web.CorrelationIdFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Wires the chassis into every service that has it on the classpath. It runs before Boot's security
 * auto-configurations so that its filter chain and JWT decoder are the ones in force, not Boot's
 * defaults.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
      "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"
    })
@EnableConfigurationProperties(ChassisProperties.class)
public class ChassisAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Money as Decimal128 (never a double, never text) and java.time through the driver's own codecs,
   * which use UTC: a LocalDate written by a server in Asia/Shanghai reads back as the same day
   * anywhere.
   */
  @Bean
  @ConditionalOnMissingBean
  MongoCustomConversions mongoCustomConversions() {
    return MongoCustomConversions.create(
        adapter ->
            adapter
                .useNativeDriverJavaTimeCodecs()
                .bigDecimal(MongoCustomConversions.BigDecimalRepresentation.DECIMAL128));
  }

  @Bean
  Events events(
      ObjectMapper json, @Value("${spring.application.name}") String serviceName, Clock clock) {
    return new Events(json, "/" + serviceName, clock);
  }

  @Bean
  PendingOutboxes pendingOutboxes() {
    return new PendingOutboxes();
  }

  @Bean
  AggregateStore aggregateStore(MongoTemplate mongo, Events events, PendingOutboxes pending) {
    return new AggregateStore(mongo, events, pending);
  }

  /** The working-day calendar in force: bundled notices plus the years loaded since. */
  @Bean
  WorkingDayCalendars workingDayCalendars(MongoTemplate mongo) {
    return new WorkingDayCalendars(mongo, WorkingDayCalendar.bundled());
  }

  @Bean
  @ConditionalOnProperty(name = "ybjg.calendar.listen", havingValue = "true", matchIfMissing = true)
  CalendarListener calendarListener(Events events, WorkingDayCalendars calendars) {
    return new CalendarListener(events, calendars);
  }

  @Bean
  ProcessedOnce processedOnce(MongoTemplate mongo) {
    return new ProcessedOnce(mongo);
  }

  @Bean
  OutboxRelay outboxRelay(
      MongoTemplate mongo,
      KafkaTemplate<String, String> kafka,
      ChassisProperties properties,
      PendingOutboxes pending,
      MeterRegistry meters) {
    return new OutboxRelay(
        mongo,
        kafka,
        properties.outbox().collections(),
        properties.outbox().batchSize(),
        pending,
        properties.outbox().sweepInterval(),
        meters);
  }

  @Bean
  OutboxRelayRunner outboxRelayRunner(
      OutboxRelay relay, PendingOutboxes pending, ChassisProperties properties) {
    return new OutboxRelayRunner(relay, pending, properties.outbox().pollInterval());
  }

  @Bean
  CommonErrorHandler deadLetterErrorHandler(
      KafkaTemplate<String, String> kafka, ChassisProperties properties) {
    return DeadLetterErrorHandlerFactory.create(
        kafka,
        properties.consumer().maxRetries(),
        properties.consumer().initialInterval().toMillis());
  }

  /**
   * Declares published topics and the DLT of every topic touched, so a real cluster gets them too.
   */
  @Bean
  KafkaAdmin.NewTopics platformTopics(
      ChassisProperties properties,
      @Value("${ybjg.calendar.listen:true}") boolean calendarListened) {
    ChassisProperties.Topics topics = properties.topics();
    List<NewTopic> declared = new ArrayList<>();
    if (calendarListened && !topics.published().contains(CalendarLoaded.TOPIC)) {
      // every service listens to the calendar, whichever starts first: the topic must exist for it
      declared.add(replicated(TopicBuilder.name(CalendarLoaded.TOPIC), topics).compact().build());
    }
    for (String topic : topics.published()) {
      TopicBuilder builder = replicated(TopicBuilder.name(topic), topics);
      declared.add(
          topics.compacted().contains(topic) ? builder.compact().build() : builder.build());
      declared.add(dlt(topic, topics));
    }
    topics.consumed().forEach(topic -> declared.add(dlt(topic, topics)));
    return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
  }

  private static NewTopic dlt(String topic, ChassisProperties.Topics topics) {
    return replicated(TopicBuilder.name(topic + DeadLetterErrorHandlerFactory.DLT_SUFFIX), topics)
        .build();
  }

  private static TopicBuilder replicated(TopicBuilder builder, ChassisProperties.Topics topics) {
    return builder
        .partitions(topics.partitions())
        .replicas(topics.replicas())
        .config(
            TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(topics.minInsyncReplicas()));
  }

  @Bean
  RegionTable regionTable(ResourceLoader resources, ChassisProperties properties) {
    try (InputStream csv = resources.getResource(properties.regions()).getInputStream()) {
      return RegionTable.fromCsv(csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read region table " + properties.regions(), e);
    }
  }

  @Bean
  RegionScope regionScope(RegionTable regions) {
    return new RegionScope(regions);
  }

  /** Trust the local token endpoint's key when one is configured, otherwise the OIDC issuer. */
  @Bean
  @ConditionalOnMissingBean
  JwtDecoder jwtDecoder(
      @Value("${ybjg.jwt.public-key-file:}") String publicKeyFile,
      @Value("${ybjg.jwt.issuer-uri:}") String issuerUri,
      @Value("${ybjg.jwt.local-issuer:ybjg-local}") String localIssuer) {
    if (!publicKeyFile.isBlank()) {
      return new VerifiedTokenCache(
          JwtDecoders.fromPublicKeyFile(Path.of(publicKeyFile), localIssuer), Clock.systemUTC());
    }
    if (!issuerUri.isBlank()) {
      return new VerifiedTokenCache(JwtDecoders.fromIssuer(issuerUri), Clock.systemUTC());
    }
    throw new IllegalStateException(
        "no token trust configured: set YBJG_JWT_PUBLIC_KEY (local) or OIDC_ISSUER_URI (production)");
  }

  @Bean
  CurrentCaller currentCaller() {
    return new CurrentCaller();
  }

  @Bean
  SecurityFilterChain serviceSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
    return ServiceSecurity.build(http, json);
  }

  @Bean
  ProblemTexts problemTexts(MessageSource messageSource) {
    return new ProblemTexts(messageSource);
  }

  @Bean
  ProblemDetailsAdvice problemDetailsAdvice(ProblemTexts texts) {
    return new ProblemDetailsAdvice(texts);
  }

  @Bean
  FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
    FilterRegistrationBean<CorrelationIdFilter> registration =
        new FilterRegistrationBean<>(new CorrelationIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
