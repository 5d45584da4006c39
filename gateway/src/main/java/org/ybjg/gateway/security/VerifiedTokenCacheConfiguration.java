package org.ybjg.gateway.security;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Whichever decoder the profile configures (local public key or OIDC issuer) is wrapped in the
 * cache.
 */
@Configuration(proxyBeanMethods = false)
class VerifiedTokenCacheConfiguration {

  @Bean
  static BeanPostProcessor verifiedTokenCachePostProcessor() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokenCache)
            ? new VerifiedTokenCache(decoder, Clock.systemUTC())
            : bean;
      }
    };
  }
}
