package org.ybjg.chassis.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class ContractRulesTest {

  @RestController
  static class HandWrittenController {
    @GetMapping("/api/x")
    Map<String, Object> answer() {
      return Map.of();
    }
  }

  @RestController
  static class SpecDrivenController implements org.ybjg.fixture.api.WidgetsApi {}

  @Test
  void shouldFailAControllerThatImplementsNoGeneratedApiAndDeclaresItsOwnMapping() {
    JavaClasses classes = new ClassFileImporter().importClasses(HandWrittenController.class);

    assertThat(
            ContractRules.restControllersImplementGeneratedApi().evaluate(classes).hasViolation())
        .isTrue();
    assertThat(
            ContractRules.restControllersDeclareNoMappingsOfTheirOwn()
                .evaluate(classes)
                .hasViolation())
        .isTrue();
  }

  @Test
  void shouldPassAControllerImplementingAGeneratedApiOrNamedAsAnException() {
    JavaClasses driven = new ClassFileImporter().importClasses(SpecDrivenController.class);
    JavaClasses both =
        new ClassFileImporter()
            .importClasses(HandWrittenController.class, SpecDrivenController.class);

    assertThat(ContractRules.restControllersImplementGeneratedApi().evaluate(driven).hasViolation())
        .isFalse();
    assertThat(
            ContractRules.restControllersImplementGeneratedApi(
                    HandWrittenController.class.getName())
                .evaluate(both)
                .hasViolation())
        .isFalse();
  }
}
