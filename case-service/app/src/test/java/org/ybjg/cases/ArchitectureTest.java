package org.ybjg.cases;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ybjg.chassis.testing.DomainPurity;

@AnalyzeClasses(packages = "org.ybjg.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainPackagesImportNoFrameworks = DomainPurity.domainPackagesImportNoFrameworks();

  @ArchTest
  static final ArchRule domainPackagesUseNoWebKit = DomainPurity.domainPackagesUseNoWebKit();
}
