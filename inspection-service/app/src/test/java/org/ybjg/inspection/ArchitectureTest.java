package org.ybjg.inspection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ybjg.chassis.testing.ContractRules;
import org.ybjg.chassis.testing.DomainPurity;

@AnalyzeClasses(
    packages = "org.ybjg.inspection",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  /** The spec drives every controller: a drift from it fails the build (no exceptions here). */
  @ArchTest
  static final ArchRule controllersImplementTheSpec =
      ContractRules.restControllersImplementGeneratedApi();

  @ArchTest
  static final ArchRule controllersTakeTheirMappingsFromTheSpec =
      ContractRules.restControllersDeclareNoMappingsOfTheirOwn();

  @ArchTest
  static final ArchRule domainIsPlainJava = DomainPurity.domainPackagesImportNoFrameworks();

  @ArchTest
  static final ArchRule domainPackagesUseNoWebKit = DomainPurity.domainPackagesUseNoWebKit();

  @ArchTest
  static final ArchRule domainKnowsNoContractTypes =
      noClasses()
          .that()
          .resideInAPackage("org.ybjg.inspection..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.ybjg.inspection.api..",
              "org.ybjg.inspection.client..",
              "org.ybjg.inspection.events..",
              "org.ybjg.registry..")
          .as(
              "domain packages do not depend on the published language (DTOs, clients, event payloads)");

  // the commit–reveal ceremony lives in its own package so that a feature holding a ceremony
  // (cross-checks, and
  // flight-check pairing later) does not borrow it from the sampling feature
  @ArchTest
  static final ArchRule crossCheckDoesNotReachIntoSampling =
      noClasses()
          .that()
          .resideInAPackage("org.ybjg.inspection.crosscheck..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.ybjg.inspection.sampling..")
          .as("cross-checks share the ceremony package with sampling, not sampling's own classes");

  /**
   * Features depend on each other one way only (a shared type lives with its owner or in {@code
   * common}), so a feature can be read, tested and moved without the ones that use it
   * (docs/architecture.md#services).
   */
  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices()
          .matching("org.ybjg.inspection.(*)..")
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(false);
}
