package org.ybjg.chassis.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The house rule: feature {@code domain} packages are plain Java, testable without a context. */
public final class DomainPurity {

  private DomainPurity() {}

  public static ArchRule domainPackagesImportNoFrameworks() {
    return noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "tools.jackson..",
            "com.fasterxml.jackson.databind..", "jakarta.servlet..")
        .as("feature domain packages import no Spring, MongoDB, Kafka or web types")
        .allowEmptyShould(false);
  }
}
