package org.ybjg.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The reporting service: projects every platform topic into fact documents and answers reports
 * (county summaries first; bulletins, exports and disclosure are further feature packages) from
 * them.
 */
@SpringBootApplication
public class ReportingApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReportingApplication.class, args);
  }
}
