package org.ybjg.chassis.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract drives the controllers: each {@code @RestController} implements an interface that
 * openapi-generator wrote from the service's spec (package {@code org.ybjg.<service>.api}, name
 * ending in {@code Api}), and declares no request mapping of its own, so an answer or a path that
 * drifts from the spec fails to compile or fails this rule.
 */
public final class ContractRules {

  private ContractRules() {}

  /**
   * @param justifiedExceptions fully qualified names of controllers allowed to serve something the
   *     spec cannot describe; each caller names and justifies them where it passes them
   */
  public static ArchRule restControllersImplementGeneratedApi(String... justifiedExceptions) {
    Set<String> exempt = Set.of(justifiedExceptions);
    return classes()
        .that()
        .areAnnotatedWith(RestController.class)
        .and(
            DescribedPredicate.describe(
                "are not a named exception", (JavaClass c) -> !exempt.contains(c.getName())))
        .should(implementAGeneratedApi())
        .as("every @RestController implements an API interface generated from the OpenAPI spec")
        .allowEmptyShould(false);
  }

  /** Paths and methods come from the generated interface only, never from the controller. */
  public static ArchRule restControllersDeclareNoMappingsOfTheirOwn() {
    return noMethods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(RestController.class)
        .should()
        .beAnnotatedWith(RequestMapping.class)
        .orShould()
        .beAnnotatedWith(GetMapping.class)
        .orShould()
        .beAnnotatedWith(PostMapping.class)
        .orShould()
        .beAnnotatedWith(PutMapping.class)
        .orShould()
        .beAnnotatedWith(PatchMapping.class)
        .orShould()
        .beAnnotatedWith(DeleteMapping.class)
        .as("controllers take their request mappings from the generated API interface only")
        .allowEmptyShould(true);
  }

  private static ArchCondition<JavaClass> implementAGeneratedApi() {
    return new ArchCondition<>("implement an interface generated from the OpenAPI spec") {
      @Override
      public void check(JavaClass controller, ConditionEvents events) {
        boolean implementsOne =
            controller.getAllRawInterfaces().stream().anyMatch(ContractRules::isGeneratedApi);
        if (!implementsOne) {
          events.add(
              SimpleConditionEvent.violated(
                  controller,
                  controller.getName()
                      + " implements no generated org.ybjg.<service>.api.*Api interface"));
        }
      }
    };
  }

  // openapi-generator's @Generated has source retention, so the package and the suffix the build
  // configures (apiPackage org.ybjg.<service>.api, useTags) are what marks a generated interface
  private static boolean isGeneratedApi(JavaClass type) {
    return type.getPackageName().matches("org\\.ybjg\\.[a-z]+\\.api")
        && type.getSimpleName().endsWith("Api");
  }
}
