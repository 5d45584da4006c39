package org.ybjg.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ybjg.chassis.testing.ContractRules;
import org.ybjg.chassis.testing.DomainPurity;

/** The house rules of docs/architecture.md#services, held by the build. */
@AnalyzeClasses(
    packages = "org.ybjg.registry",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The spec drives every controller: a drift from it fails the build (no exceptions here). */
  @ArchTest
  static final ArchRule controllersImplementTheSpec =
      ContractRules.restControllersImplementGeneratedApi();

  @ArchTest
  static final ArchRule controllersTakeTheirMappingsFromTheSpec =
      ContractRules.restControllersDeclareNoMappingsOfTheirOwn();

  @ArchTest
  static final ArchRule domainImportsNoFrameworks = DomainPurity.domainPackagesImportNoFrameworks();

  @ArchTest
  static final ArchRule domainPackagesUseNoWebKit = DomainPurity.domainPackagesUseNoWebKit();

  /**
   * Stricter still: the domain knows only the JDK and itself, not the wire contracts or the
   * chassis.
   */
  @ArchTest
  static final ArchRule domainDependsOnlyOnJdkAndDomain =
      classes()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "..domain..");

  /**
   * Generated API types stay at the edge: each feature's controllers (and their DTO mappers) map
   * them.
   */
  @ArchTest
  static final ArchRule apiTypesOnlyInWebLayer =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.ybjg.registry.api..", "org.ybjg.registry.client..")
          .and()
          .haveSimpleNameNotEndingWith("Controller")
          .and()
          .haveSimpleNameNotEndingWith("Dtos")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.ybjg.registry.api..")
          .allowEmptyShould(false);

  /**
   * Features depend on each other one way only (a shared type lives with its owner or in {@code
   * domain}), so a feature can be read, tested and moved without the ones that use it
   * (docs/architecture.md#services).
   */
  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices()
          .matching("org.ybjg.registry.(*)..")
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(false);
}
