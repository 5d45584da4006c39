package org.ybjg.reporting;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ybjg.chassis.testing.ContractRules;
import org.ybjg.chassis.testing.DomainPurity;

@AnalyzeClasses(
    packages = "org.ybjg.reporting",
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
  static final ArchRule domainPackagesImportNoFrameworks =
      DomainPurity.domainPackagesImportNoFrameworks();

  @ArchTest
  static final ArchRule domainPackagesUseNoWebKit = DomainPurity.domainPackagesUseNoWebKit();

  /**
   * Features depend on each other one way only (a shared type lives with its owner or in a shared
   * package), so a feature can be read, tested and moved without the ones that use it
   * (docs/architecture.md#services).
   */
  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices()
          .matching("org.ybjg.reporting.(*)..")
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(false);
}
