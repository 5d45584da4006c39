package org.ybjg.chassis.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The house rule: feature {@code domain} packages are plain Java, testable without a context. */
public final class DomainPurity {

  private DomainPurity() {}

  public static ArchRule domainPackagesImportNoFrameworks() {
    return noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "org.bson..",
            "com.mongodb..",
            "org.apache.kafka..",
            "tools.jackson..",
            "com.fasterxml.jackson.databind..",
            "jakarta.servlet..")
        .as("feature domain packages import no Spring, MongoDB, Kafka or web types")
        .allowEmptyShould(false);
  }

  /**
   * Domain packages refuse with the chassis's plain {@code org.ybjg.chassis.domain.Refusal}; what a
   * refusal becomes on the wire (status, problem type, language) is decided once in the chassis's
   * problem package.
   */
  public static ArchRule domainPackagesUseNoWebKit() {
    return noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.ybjg.chassis.problem..", "org.ybjg.chassis.web..")
        .as(
            "feature domain packages depend on neither the chassis's problem details nor its web package")
        .allowEmptyShould(false);
  }
}
