package org.ybjg.registry.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Binds an institution's user to its own institution on every non-public registry path. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new InstitutionUserScope())
        .addPathPatterns("/api/registry/**")
        .excludePathPatterns("/api/registry/public/**", "/api/registry/openapi.yaml");
  }
}
